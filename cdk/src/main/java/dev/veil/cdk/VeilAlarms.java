package dev.veil.cdk;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * Alarms to an encrypted SNS topic: function errors and throttles, a spike of
 * {@code PII_ACCESS_DENIED} audit lines, and the function's own {@code Veil} metrics
 * ({@code Denials}, {@code Errors}) summed over every access point.
 */
final class VeilAlarms extends Construct {
    static final String DENIED_KEYWORD = "PII_ACCESS_DENIED";
    static final String NAMESPACE = "Veil";
    private static final Duration PERIOD = Duration.minutes(5);

    final Topic topic;

    VeilAlarms(Construct scope, String id, VeilConfig config, DataStorage storage, VeilFunction fn) {
        super(scope, id);
        topic = Topic.Builder.create(this, "Topic")
                .displayName("Veil alarms")
                .masterKey(storage.key)
                .enforceSsl(true)
                .build();
        if (config.alarmEmail() != null) {
            topic.addSubscription(new EmailSubscription(config.alarmEmail()));
        }
        MetricOptions sum = MetricOptions.builder().period(PERIOD).statistic("Sum").build();
        alarm("FunctionErrors", "The Veil function failed (uncaught errors or timeouts)",
                fn.alias.metricErrors(sum), 1);
        alarm("FunctionThrottles", "The Veil function was throttled; readers got errors",
                fn.alias.metricThrottles(sum), 1);
        MetricFilter denied = MetricFilter.Builder.create(this, "DeniedFilter")
                .logGroup(fn.logGroup)
                .filterPattern(FilterPattern.allTerms(DENIED_KEYWORD))
                .metricNamespace(NAMESPACE)
                .metricName("AuditDenials")
                .metricValue("1")
                .defaultValue(0)
                .build();
        alarm("DenialSpike", "Many reads denied because the documents hold personal data (" + DENIED_KEYWORD + ")",
                denied.metric(sum), config.denialAlarmThreshold());
        alarm("VeilDenials", "Veil metric Denials, all access points", insights("Denials"), config.denialAlarmThreshold());
        alarm("VeilErrors", "Veil metric Errors, all access points (fail-closed answers)", insights("Errors"), 1);
    }

    /** A Metrics Insights query summing one Veil metric over every AccessPoint dimension value. */
    private static IMetric insights(String metric) {
        return MathExpression.Builder.create()
                .expression("SELECT SUM(" + metric + ") FROM SCHEMA(\"" + NAMESPACE + "\", AccessPoint)")
                .usingMetrics(Map.of())
                .period(PERIOD)
                .label(metric)
                .build();
    }

    private void alarm(String id, String description, IMetric metric, int threshold) {
        Alarm a = Alarm.Builder.create(this, id)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        a.addAlarmAction(new SnsAction(topic));
    }
}
