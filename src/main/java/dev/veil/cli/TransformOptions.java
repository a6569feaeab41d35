package dev.veil.cli;

import dev.veil.detect.EntityType;
import dev.veil.transform.FpeOperator;
import dev.veil.transform.KeyRing;
import dev.veil.transform.KeyedTokenOperator;
import dev.veil.transform.LabelOperator;
import dev.veil.transform.MaskOperator;
import dev.veil.transform.NameTokens;
import dev.veil.transform.Operator;
import dev.veil.transform.OperatorPolicy;
import dev.veil.transform.TokenKey;
import dev.veil.transform.TokenVault;
import dev.veil.transform.VaultTokenOperator;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How findings are replaced: {@code --mode}, {@code --style}, {@code --method}, per-type
 * {@code --type-style}, the key and the vault. Builds the {@link OperatorPolicy}.
 */
final class TransformOptions {
    static final List<String> STYLES = List.of("label", "mask", "mask-all", "last4", "hmac", "fpe", "vault");

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "redact",
            description = "redact (labels or masks; the default) or tokenise (consistent tokens).")
    String mode;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "label",
            description = "In redact mode: label ([NAME]; the default) or mask (one * per character).")
    String style;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "hmac",
            description = "In tokenise mode: hmac (one-way keyed tokens; the default), fpe (FF3-1, reversible, "
                    + "digit and alphanumeric types) or vault (reversible, any type).")
    String method;

    @Option(names = "--name-tokens", paramLabel = "full|per-part", defaultValue = "full",
            description = "Names as one token (full; the default) or one token per part (family names match).")
    String nameTokens;

    @Option(names = "--type-style", paramLabel = "TYPE=STYLE",
            description = "Style for one entity type: label, mask, mask-all, last4, hmac, fpe, vault "
                    + "(e.g. CREDIT_DEBIT_NUMBER=last4). Repeatable.")
    Map<String, String> typeStyles = new LinkedHashMap<>();

    @Mixin
    KeyOptions keys = new KeyOptions();

    @Mixin
    VaultOptions vault = new VaultOptions();

    boolean tokenise() {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "redact" -> false;
            case "tokenise", "tokenize" -> true;
            default -> throw new CliException("--mode must be redact or tokenise", 2);
        };
    }

    /** The policy; resources it opens (a vault) are registered with {@code resources}. */
    OperatorPolicy policy(Resources resources) {
        boolean tokenise = tokenise();
        String defaultStyle = tokenise ? method.toLowerCase(Locale.ROOT) : style.toLowerCase(Locale.ROOT);
        if (!tokenise && !List.of("label", "mask").contains(defaultStyle)) {
            throw new CliException("--style must be label or mask", 2);
        }
        if (tokenise && !List.of("hmac", "fpe", "vault").contains(defaultStyle)) {
            throw new CliException("--method must be hmac, fpe or vault", 2);
        }
        Map<EntityType, String> perType = new LinkedHashMap<>();
        typeStyles.forEach((t, s) -> perType.put(DetectOptions.parseTypes(List.of(t)).iterator().next(),
                checkStyle(s)));
        boolean needsKey = tokenise || perType.values().stream().anyMatch(s -> List.of("hmac", "fpe", "vault").contains(s));
        KeyRing ring = needsKey ? keys.ring("to tokenise") : null;
        Operators ops = new Operators(ring == null ? null : ring.primary(), names(), resources);
        OperatorPolicy.Builder b = OperatorPolicy.builder().defaultOperator(ops.forStyle(defaultStyle));
        perType.forEach((t, s) -> b.operator(t, ops.forStyle(s)));
        if (ring != null) {
            b.keyId(ring.primary().id());
        }
        return b.build();
    }

    private NameTokens names() {
        return switch (nameTokens.toLowerCase(Locale.ROOT)) {
            case "full" -> NameTokens.FULL_NAME;
            case "per-part" -> NameTokens.PER_PART;
            default -> throw new CliException("--name-tokens must be full or per-part", 2);
        };
    }

    private static String checkStyle(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (!STYLES.contains(lower)) {
            throw new CliException("unknown style '" + s + "' (one of " + String.join(", ", STYLES) + ")", 2);
        }
        return lower;
    }

    /** Creates operators by style name, sharing one vault between them. */
    private final class Operators {
        private final TokenKey key;
        private final NameTokens names;
        private final Resources resources;
        private TokenVault openVault;

        Operators(TokenKey key, NameTokens names, Resources resources) {
            this.key = key;
            this.names = names;
            this.resources = resources;
        }

        Operator forStyle(String s) {
            return switch (s) {
                case "label" -> new LabelOperator();
                case "mask" -> MaskOperator.full();
                case "mask-all" -> MaskOperator.everything();
                case "last4" -> MaskOperator.lastFour();
                case "hmac" -> new KeyedTokenOperator(key, names);
                case "fpe" -> new FpeOperator(key, new KeyedTokenOperator(key, names));
                case "vault" -> new VaultTokenOperator(key, names, vault(), Duration.ofDays(vault.ttlDays), Clock.systemUTC());
                default -> throw new CliException("unknown style '" + s + "'", 2);
            };
        }

        private TokenVault vault() {
            if (openVault == null) {
                openVault = resources.add(vault.open());
            }
            return openVault;
        }
    }
}
