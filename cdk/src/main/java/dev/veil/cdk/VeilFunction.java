package dev.veil.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.CfnLogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The Veil function for one front door: java21 on arm64, 60 s (the Object Lambda response limit),
 * SnapStart on published versions, reached only through the {@code live} alias. Its role starts
 * empty (no managed policies) and each part of the stack adds exactly what it needs.
 */
final class VeilFunction extends Construct {
    static final String OBJECT_LAMBDA_HANDLER = "dev.veil.lambda.ObjectLambdaHandler::handleRequest";
    static final String FUNCTION_URL_HANDLER = "dev.veil.lambda.FunctionUrlHandler::handleRequest";
    static final String ALIAS = "live";

    final Role role;
    final LogGroup logGroup;
    final Function function;
    final Alias alias;

    VeilFunction(Construct scope, String id, VeilConfig config, String lambdaZip, Map<String, String> environment) {
        super(scope, id);
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Veil " + config.front().id() + " function: only what the function calls")
                .build();
        logGroup = LogGroup.Builder.create(this, "Logs")
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // Any CloudWatch Logs retention value is accepted; the typed enum would limit the config.
        ((CfnLogGroup) logGroup.getNode().getDefaultChild()).setRetentionInDays(config.logRetentionDays());
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .sid("WriteOwnLogGroup")
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(logGroup.getLogGroupArn()))
                .build());
        function = Function.Builder.create(this, "Function")
                .description("Veil PII filter (" + config.front().id() + ")"
                        + (config.keyRotatedAt() == null ? "" : "; key rotated " + config.keyRotatedAt()))
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(config.front() == Front.OBJECT_LAMBDA ? OBJECT_LAMBDA_HANDLER : FUNCTION_URL_HANDLER)
                .code(Code.fromAsset(lambdaZip))
                .memorySize(config.memoryMb())
                .timeout(Duration.seconds(60))
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .tracing(Tracing.ACTIVE)
                .role(role)
                .logGroup(logGroup)
                .environment(environment)
                .build();
        alias = Alias.Builder.create(this, "Alias")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "every change publishes a version (currentVersion) and the live alias points at it");
    }

    /** Adds one statement to the function's own policy. */
    void allow(PolicyStatement statement) {
        role.addToPrincipalPolicy(statement);
    }
}
