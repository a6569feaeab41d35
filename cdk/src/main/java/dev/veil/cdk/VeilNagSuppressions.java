package dev.veil.cdk;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cdk-nag finding Veil accepts, each on the one resource it concerns and with its reason.
 * Wildcard suppressions name the exact resource patterns they cover, so a new wildcard fails.
 */
final class VeilNagSuppressions {
    private static final String IAM5 = "AwsSolutions-IAM5";

    private VeilNagSuppressions() {
    }

    static void apply(VeilStack stack) {
        NagSuppressions.addResourceSuppressions(stack.function.function, List.of(suppress("AwsSolutions-L1",
                "Veil's handlers are built and tested for the java21 runtime (SnapStart on arm64); the runtime"
                        + " moves with the function's own build, not with the newest Java Lambda offers.")));
        // cdk-nag sees a bucket as a log target only when a bucket of the stack logs to it; with an
        // existing data bucket none does, although the bucket is there to receive those logs.
        NagSuppressions.addResourceSuppressions(stack.storage.accessLogs, List.of(suppress("AwsSolutions-S1",
                "This is the server access log bucket itself: logging it into itself would loop, and its"
                        + " objects are immutable under compliance-mode Object Lock.")));
        if (stack.keySecret != null) {
            NagSuppressions.addResourceSuppressions(stack.keySecret, List.of(suppress("AwsSolutions-SMG4",
                    "The secret holds the Veil key file. Rotation is `veil keygen --rotate`, which adds a key and"
                            + " keeps the old ones so FPE and vault tokens stay reversible; a rotation Lambda that"
                            + " replaced the value would break that (docs/DEPLOY.md).")));
        }
        List<Object> functionWildcards = new ArrayList<>(List.of("Resource::*"));
        String reason = "Resource \"*\" only for actions that have no resource type (X-Ray PutTraceSegments and"
                + " PutTelemetryRecords, s3-object-lambda:WriteGetObjectResponse, Comprehend DetectPiiEntities and"
                + " ContainsPiiEntities).";
        if (stack.objectLambda != null) {
            functionWildcards.add(regex(":accesspoint/" + stack.config.namePrefix() + "-supporting/object/\\*"));
            reason += " Objects of the supporting access point: HEAD reads the object a caller asked for.";
        } else {
            functionWildcards.add(regex("StorageData[A-F0-9]+\\.Arn>/\\*"));
            functionWildcards.add(regex("StorageOutput[A-F0-9]+\\.Arn>/" + stack.config.outputPrefix() + "\\*"));
            reason += " Objects of the data bucket (any key a caller may ask for) and the results prefix.";
        }
        if (stack.config.usesTagRules()) {
            functionWildcards.add(regex(":iam::<AWS::AccountId>:role/\\*"));
            functionWildcards.add(regex(":iam::<AWS::AccountId>:user/\\*"));
            reason += " IAM roles and users of this account: tag rules read the tags of whichever caller it is.";
        }
        NagSuppressions.addResourceSuppressions(stack.function.role,
                List.of(suppress(IAM5, reason, functionWildcards)), true);
        if (stack.objectLambda != null) {
            stack.objectLambda.readerPolicies.values().forEach(p -> NagSuppressions.addResourceSuppressions(p,
                    List.of(suppress(IAM5, "Readers may read any object of the supporting access point, only through"
                                    + " S3 Object Lambda (aws:CalledVia); the bucket holds the data set they are given.",
                            List.of(regex(":accesspoint/" + stack.config.namePrefix() + "-supporting/object/\\*"))))));
        }
    }

    private static NagPackSuppression suppress(String id, String reason) {
        return NagPackSuppression.builder().id(id).reason(reason).build();
    }

    private static NagPackSuppression suppress(String id, String reason, List<Object> appliesTo) {
        return NagPackSuppression.builder().id(id).reason(reason).appliesTo(appliesTo).build();
    }

    /** A finding whose resource ends with {@code tail} (a regular expression). */
    private static RegexAppliesTo regex(String tail) {
        return RegexAppliesTo.builder().regex("/^Resource::.*" + tail + "$/").build();
    }
}
