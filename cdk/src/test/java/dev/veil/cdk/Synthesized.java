package dev.veil.cdk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * One synthesized configuration, built once per test JVM and shared by every test that reads it
 * (a synth takes seconds). Each holder class below synthesizes on first use.
 *
 * @param template  the CloudFormation template as a map
 * @param nagErrors unsuppressed cdk-nag errors
 */
record Synthesized(VeilStack stack, Template assertions, Map<String, Object> template,
                   List<SynthesisMessage> nagErrors, List<SynthesisMessage> nagWarnings) {

    static Synthesized objectLambda() {
        return ObjectLambdaHolder.VALUE;
    }

    static Synthesized functionUrl() {
        return FunctionUrlHolder.VALUE;
    }

    static Synthesized shipped() {
        return ShippedHolder.VALUE;
    }

    static Synthesized existingBucket() {
        return ExistingBucketHolder.VALUE;
    }

    private static final class ObjectLambdaHolder {
        static final Synthesized VALUE = synth("src/test/resources/object-lambda.json", null);
    }

    private static final class FunctionUrlHolder {
        static final Synthesized VALUE = synth("src/test/resources/function-url.json", "function-url");
    }

    private static final class ShippedHolder {
        static final Synthesized VALUE = synth("veil.config.json", null);
    }

    private static final class ExistingBucketHolder {
        static final Synthesized VALUE = synth("src/test/resources/existing-bucket.json", null);
    }

    /** Synthesizes {@code config} the way {@code cdk synth} does, with the function zip in place. */
    static Synthesized synth(String config, String front) {
        Map<String, Object> context = new java.util.LinkedHashMap<>();
        context.put("veil:config", config);
        context.put("veil:lambdaZip", lambdaZip().toString());
        if (front != null) {
            context.put("veil:front", front);
        }
        App app = VeilApp.newApp(context);
        VeilStack stack = VeilApp.build(app);
        Template template = Template.fromStack(stack);
        Annotations annotations = Annotations.fromStack(stack);
        return new Synthesized(stack, template, template.toJSON(),
                annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")),
                annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")));
    }

    /** The root build's zip when it exists, else a tiny placeholder (no root build needed). */
    static Path lambdaZip() {
        Path real = Path.of(VeilApp.DEFAULT_ZIP);
        if (Files.isRegularFile(real)) {
            return real;
        }
        try {
            Path zip = Files.createTempDirectory("veil-cdk-test").resolve("veil-lambda.zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry("placeholder.txt"));
                z.write("placeholder for cdk tests".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resources of one CloudFormation type, by logical id. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> out = new java.util.TreeMap<>();
        ((Map<String, Object>) template.get("Resources")).forEach((id, r) -> {
            Map<String, Object> res = (Map<String, Object>) r;
            if (type.equals(res.get("Type"))) {
                out.put(id, res);
            }
        });
        return out;
    }

    /** The properties of the only resource of {@code type}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> only(String type) {
        var all = resources(type);
        if (all.size() != 1) {
            throw new AssertionError("expected one " + type + ", found " + all.keySet());
        }
        return (Map<String, Object>) all.values().iterator().next().get("Properties");
    }

    /** The logical id of the only resource of {@code type} whose id starts with {@code prefix}. */
    String logicalId(String type, String prefix) {
        var ids = resources(type).keySet().stream().filter(id -> id.startsWith(prefix)).toList();
        if (ids.size() != 1) {
            throw new AssertionError("expected one " + type + " named " + prefix + "*, found " + ids);
        }
        return ids.get(0);
    }
}
