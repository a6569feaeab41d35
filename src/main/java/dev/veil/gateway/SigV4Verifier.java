package dev.veil.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 on a request, in the Authorization header or in a presigned
 * URL's query, as S3 does: unknown access key → {@code InvalidAccessKeyId}, wrong signature →
 * {@code SignatureDoesNotMatch}, a date too far from now or an expired URL → 403, a scope for
 * another region or service → {@code AuthorizationHeaderMalformed}. S3 scopes ({@code s3},
 * {@code s3-object-lambda}) sign the path as sent, other services (function URLs: {@code lambda})
 * the path encoded once more. Only the signature over the
 * declared payload hash is checked; read requests carry no body.
 */
public final class SigV4Verifier {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Pattern AUTH = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^,\\s]{1,256}),\\s*SignedHeaders=([^,\\s]{1,2048}),\\s*Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final long MAX_EXPIRES_SECONDS = 7 * 24 * 3600;

    /** A refused request: the S3 status and code; the message never holds the signature or secret. */
    public static final class AuthException extends RuntimeException {
        private final int status;
        private final String code;

        AuthException(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    /** The parts of a request that SigV4 covers. Header names in any case; repeated values comma-joined. */
    public record Request(String method, String rawPath, String rawQuery, Map<String, String> headers) {
        public Request {
            TreeMap<String, String> lower = new TreeMap<>();
            headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
            headers = lower;
        }
    }

    private final Function<String, Optional<String>> secrets;
    private final String region;
    private final String service;
    private final Clock clock;

    /**
     * @param secrets the secret key of an access key id, if it is known
     * @param region  the region requests must be signed for
     * @param service the service name in the scope ({@code s3}, {@code s3-object-lambda})
     */
    public SigV4Verifier(Function<String, Optional<String>> secrets, String region, String service, Clock clock) {
        this.secrets = secrets;
        this.region = region;
        this.service = service;
        this.clock = clock;
    }

    /** Verifies {@code r} and returns the access key id that signed it. */
    public String verify(Request r) {
        Map<String, List<String>> query = parseQuery(r.rawQuery());
        String header = r.headers().get("authorization");
        if (header != null) {
            return verifyHeader(r, query, header);
        }
        if (query.containsKey("X-Amz-Signature")) {
            return verifyPresigned(r, query);
        }
        throw new AuthException(403, "AccessDenied", "Anonymous requests are not allowed; sign the request with SigV4");
    }

    private String verifyHeader(Request r, Map<String, List<String>> query, String header) {
        Matcher m = AUTH.matcher(header.trim());
        if (!m.matches()) {
            throw new AuthException(400, "AuthorizationHeaderMalformed", "The authorization header is malformed; use AWS4-HMAC-SHA256");
        }
        String amzDate = r.headers().get("x-amz-date");
        if (amzDate == null) {
            throw new AuthException(403, "AccessDenied", "AWS authentication requires a valid x-amz-date header");
        }
        Instant at = parseDate(amzDate);
        if (Duration.between(at, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
            throw new AuthException(403, "RequestTimeTooSkewed",
                    "The difference between the request time and the server's time is too large");
        }
        String payloadHash = r.headers().getOrDefault("x-amz-content-sha256", sha256Hex(new byte[0]));
        return check(r, query, m.group(1), m.group(2), m.group(3), amzDate, payloadHash);
    }

    private String verifyPresigned(Request r, Map<String, List<String>> query) {
        if (!ALGORITHM.equals(first(query, "X-Amz-Algorithm"))) {
            throw new AuthException(400, "AuthorizationQueryParametersError", "X-Amz-Algorithm must be AWS4-HMAC-SHA256");
        }
        String amzDate = first(query, "X-Amz-Date");
        String expires = first(query, "X-Amz-Expires");
        if (amzDate == null || expires == null || first(query, "X-Amz-Credential") == null
                || first(query, "X-Amz-SignedHeaders") == null) {
            throw new AuthException(400, "AuthorizationQueryParametersError", "a presigned URL parameter is missing");
        }
        Instant at = parseDate(amzDate);
        long seconds;
        try {
            seconds = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            throw new AuthException(400, "AuthorizationQueryParametersError", "X-Amz-Expires must be a number");
        }
        if (seconds < 1 || seconds > MAX_EXPIRES_SECONDS) {
            throw new AuthException(400, "AuthorizationQueryParametersError", "X-Amz-Expires must be 1 to 604800 seconds");
        }
        if (clock.instant().isAfter(at.plusSeconds(seconds))) {
            throw new AuthException(403, "AccessDenied", "Request has expired");
        }
        if (at.isAfter(clock.instant().plus(MAX_SKEW))) {
            throw new AuthException(403, "AccessDenied", "Request is not valid yet");
        }
        Map<String, List<String>> unsigned = new TreeMap<>(query);
        unsigned.remove("X-Amz-Signature");
        String payloadHash = r.headers().getOrDefault("x-amz-content-sha256", "UNSIGNED-PAYLOAD");
        return check(r, unsigned, first(query, "X-Amz-Credential"), first(query, "X-Amz-SignedHeaders"),
                first(query, "X-Amz-Signature"), amzDate, payloadHash);
    }

    private String check(Request r, Map<String, List<String>> query, String credential, String signedHeaders,
                         String signature, String amzDate, String payloadHash) {
        String[] scope = credential.split("/");
        if (scope.length != 5 || !scope[4].equals("aws4_request")) {
            throw new AuthException(400, "AuthorizationHeaderMalformed", "The credential scope is malformed");
        }
        String accessKey = scope[0];
        String secret = secrets.apply(accessKey).orElseThrow(() -> new AuthException(403, "InvalidAccessKeyId",
                "The AWS Access Key Id you provided does not exist in our records."));
        if (!scope[2].equals(region)) {
            throw new AuthException(400, "AuthorizationHeaderMalformed",
                    "the region '" + scope[2] + "' is wrong; expecting '" + region + "'");
        }
        if (!scope[3].equals(service)) {
            throw new AuthException(400, "AuthorizationHeaderMalformed", "the service in the credential scope is wrong");
        }
        if (!amzDate.startsWith(scope[1])) {
            throw new AuthException(403, "SignatureDoesNotMatch", "The credential date does not match the request date");
        }
        List<String> names = List.of(signedHeaders.split(";"));
        if (!names.contains("host")) {
            throw new AuthException(403, "AccessDenied", "The host header must be signed");
        }
        StringBuilder canonical = new StringBuilder();
        canonical.append(r.method()).append('\n');
        canonical.append(canonicalPath(r.rawPath())).append('\n');
        canonical.append(canonicalQuery(query)).append('\n');
        for (String name : names) {
            String v = r.headers().get(name);
            if (v == null) {
                throw new AuthException(403, "SignatureDoesNotMatch", "A signed header is missing from the request");
            }
            canonical.append(name).append(':').append(v.trim().replaceAll(" {2,}", " ")).append('\n');
        }
        canonical.append('\n').append(signedHeaders).append('\n').append(payloadHash);
        String scopeText = scope[1] + "/" + scope[2] + "/" + scope[3] + "/aws4_request";
        String toSign = ALGORITHM + "\n" + amzDate + "\n" + scopeText + "\n"
                + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), scope[1]);
        key = hmac(key, scope[2]);
        key = hmac(key, scope[3]);
        key = hmac(key, "aws4_request");
        byte[] expected = hmac(key, toSign);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature);
        } catch (IllegalArgumentException e) {
            throw new AuthException(403, "SignatureDoesNotMatch", "The signature is not valid hex");
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw new AuthException(403, "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.");
        }
        return accessKey;
    }

    /** The canonical URI: S3 scopes sign the path as sent, other services each segment encoded once more. */
    private String canonicalPath(String rawPath) {
        if (rawPath.isEmpty() || service.startsWith("s3")) {
            return rawPath.isEmpty() ? "/" : rawPath;
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            segments.add(encode(segment));
        }
        return String.join("/", segments);
    }

    /** Query parameters, decoded; repeated names keep every value. */
    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new TreeMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String p : raw.split("&")) {
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String k = decode(eq < 0 ? p : p.substring(0, eq));
            String v = eq < 0 ? "" : decode(p.substring(eq + 1));
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static String canonicalQuery(Map<String, List<String>> query) {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        query.forEach((k, vs) -> {
            List<String> enc = new ArrayList<>();
            vs.forEach(v -> enc.add(encode(v)));
            enc.sort(null);
            sorted.put(encode(k), enc);
        });
        StringBuilder sb = new StringBuilder();
        sorted.forEach((k, vs) -> vs.forEach(v -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(k).append('=').append(v);
        }));
        return sb.toString();
    }

    /** RFC 3986 encoding as SigV4 wants it: unreserved characters stay, everything else is %XX. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthException(400, "InvalidArgument", "The query string is not valid percent-encoding");
        }
    }

    private static String first(Map<String, List<String>> q, String name) {
        List<String> v = q.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static Instant parseDate(String amzDate) {
        try {
            return Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw new AuthException(403, "AccessDenied", "x-amz-date is not a valid ISO 8601 basic date");
        }
    }

    static String sha256Hex(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
