package dev.veil.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything a deployment can change, read from {@code veil.config.json} (see docs/DEPLOY.md for
 * each key). Defaults are the hardened choice; unknown keys are an error, like in the payload.
 *
 * @param namePrefix             prefix of every named resource (access points, function)
 * @param front                  how callers reach Veil
 * @param dataBucketName         an existing data bucket, or null to create a hardened one
 * @param dataBucketKmsKeyArn    the existing bucket's KMS key (callers and the function decrypt with it)
 * @param accessLogRetentionDays Object Lock (compliance) retention of the access logs
 * @param accessLogArchiveDays   days before access logs move to Glacier Flexible Retrieval
 * @param accessLogExpireDays    days before access logs are deleted (after the retention)
 * @param memoryMb               function memory
 * @param logRetentionDays       retention of the function's log group (a CloudWatch Logs value)
 * @param comprehend             whether the function may call Amazon Comprehend
 * @param tagCacheSeconds        how long the function caches IAM tags for tag rules
 * @param keySsmParameter        an existing SecureString parameter with the key file, or null for a
 *                               Secrets Manager secret that the stack creates
 * @param keySsmKmsKeyArn        the customer KMS key of that parameter, when not aws/ssm
 * @param keyRotatedAt           free text (a date) changed after a key rotation: it goes into the
 *                               function description, so a deploy publishes a new version and every
 *                               reader moves to the new key at once
 * @param vault                  whether to create the DynamoDB token vault
 * @param ranges                 whether access points accept Range and partNumber requests
 * @param alarmEmail             an address subscribed to the alarm topic, or null
 * @param denialAlarmThreshold   PII_ACCESS_DENIED lines per 5 minutes that raise the alarm
 * @param outputPrefix           function-URL front: where large results go (expire after a day)
 * @param functionUrlPayload     function-URL front: payload keys for the policy (default mode deny)
 * @param audiences              the reader groups, at least one
 */
public record VeilConfig(String namePrefix, Front front, String dataBucketName, String dataBucketKmsKeyArn,
                         int accessLogRetentionDays, int accessLogArchiveDays, int accessLogExpireDays,
                         int memoryMb, int logRetentionDays, boolean comprehend, int tagCacheSeconds,
                         String keySsmParameter, String keySsmKmsKeyArn, String keyRotatedAt,
                         boolean vault, boolean ranges,
                         String alarmEmail, int denialAlarmThreshold, String outputPrefix,
                         Map<String, Object> functionUrlPayload, List<Audience> audiences) {
    /** Retention values CloudWatch Logs accepts. */
    public static final Set<Integer> LOG_RETENTION_DAYS = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180,
            365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]{0,13}");
    private static final Pattern KMS_KEY_ARN = Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:key/[0-9a-f-]{36}");
    private static final Pattern SSM_NAME = Pattern.compile("[a-zA-Z0-9_.\\-/]{1,1011}");
    private static final ObjectMapper JSON = new ObjectMapper();

    public VeilConfig {
        if (!PREFIX.matcher(namePrefix).matches()) {
            throw new ConfigException("namePrefix \"" + namePrefix + "\": 1-14 lower-case letters, digits, hyphens");
        }
        if (dataBucketKmsKeyArn != null && (dataBucketName == null || !KMS_KEY_ARN.matcher(dataBucketKmsKeyArn).matches())) {
            throw new ConfigException("dataBucketKmsKeyArn needs dataBucketName and a full key ARN");
        }
        if (accessLogRetentionDays < 1 || accessLogArchiveDays < 1 || accessLogExpireDays <= accessLogRetentionDays
                || accessLogExpireDays <= accessLogArchiveDays) {
            throw new ConfigException("access logs: retention and archive days must be positive and below expire days");
        }
        if (memoryMb < 512 || memoryMb > 10240) {
            throw new ConfigException("memoryMb " + memoryMb + ": use 512-10240 (documents are held in memory)");
        }
        if (!LOG_RETENTION_DAYS.contains(logRetentionDays)) {
            throw new ConfigException("logRetentionDays " + logRetentionDays + ": use one of " + new TreeSet<>(LOG_RETENTION_DAYS));
        }
        if (keySsmParameter != null && !SSM_NAME.matcher(keySsmParameter).matches()) {
            throw new ConfigException("keySsmParameter \"" + keySsmParameter + "\" is not a parameter name");
        }
        if (keySsmKmsKeyArn != null && (keySsmParameter == null || !KMS_KEY_ARN.matcher(keySsmKmsKeyArn).matches())) {
            throw new ConfigException("keySsmKmsKeyArn needs keySsmParameter and a full key ARN");
        }
        if (keyRotatedAt != null && !keyRotatedAt.matches("[\\w.:-]{1,40}")) {
            throw new ConfigException("keyRotatedAt \"" + keyRotatedAt + "\": up to 40 letters, digits, . : - _");
        }
        if (tagCacheSeconds < 0 || denialAlarmThreshold < 1) {
            throw new ConfigException("tagCacheSeconds must be >= 0 and denialAlarmThreshold >= 1");
        }
        if (outputPrefix == null || !outputPrefix.matches("[a-zA-Z0-9_.\\-/]{1,100}/")) {
            throw new ConfigException("outputPrefix \"" + outputPrefix + "\": a key prefix ending in /");
        }
        functionUrlPayload = Map.copyOf(functionUrlPayload);
        if (!Audience.MODES.contains(String.valueOf(functionUrlPayload.get("mode")))) {
            throw new ConfigException("functionUrlPayload.mode must be one of " + new TreeSet<>(Audience.MODES));
        }
        if (audiences == null || audiences.isEmpty()) {
            throw new ConfigException("name at least one audience");
        }
        audiences = List.copyOf(audiences);
        Set<String> names = new HashSet<>();
        audiences.forEach(a -> {
            if (!names.add(a.name())) {
                throw new ConfigException("audience " + a.name() + " is named twice");
            }
        });
    }

    /** Reads the config file; {@code frontOverride} (context veil:front) wins over its "front". */
    public static VeilConfig read(Path file, String frontOverride) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("no config file at " + file.toAbsolutePath() + " (context veil:config names it)");
        }
        try {
            Map<String, Object> raw = JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { });
            return fromMap(raw, frontOverride);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + " cannot be read: " + e.getMessage());
        }
    }

    /** Builds the config from parsed JSON. */
    public static VeilConfig fromMap(Map<String, Object> raw, String frontOverride) {
        Settings s = new Settings(raw);
        String configured = s.string("front", "object-lambda");
        String front = frontOverride != null ? frontOverride : configured;
        List<Audience> audiences = new ArrayList<>();
        for (Map<String, Object> a : s.objects("audiences")) {
            Settings as = new Settings(a, "audience");
            audiences.add(new Audience(as.string("name", null), as.string("mode", null),
                    as.strings("principals"), as.object("payload", Map.of())));
            as.requireAllRead();
        }
        VeilConfig c = new VeilConfig(s.string("namePrefix", "veil"), Front.of(front),
                s.string("dataBucketName", null), s.string("dataBucketKmsKeyArn", null),
                s.integer("accessLogRetentionDays", 365), s.integer("accessLogArchiveDays", 90),
                s.integer("accessLogExpireDays", 730), s.integer("memoryMb", 2048),
                s.integer("logRetentionDays", 90), s.bool("comprehend", false), s.integer("tagCacheSeconds", 300),
                s.string("keySsmParameter", null), s.string("keySsmKmsKeyArn", null), s.string("keyRotatedAt", null),
                s.bool("vault", false),
                s.bool("ranges", true), s.string("alarmEmail", null), s.integer("denialAlarmThreshold", 10),
                s.string("outputPrefix", "results/"), s.object("functionUrlPayload", Map.of("mode", "deny")),
                audiences);
        s.requireAllRead();
        return c;
    }

    /** Whether any caller rule reads IAM tags (the function then needs iam:List*Tags). */
    public boolean usesTagRules() {
        Object callers = functionUrlPayload.get("callers");
        boolean urlTags = callers instanceof List<?> l && l.stream().anyMatch(r -> r instanceof Map<?, ?> m && m.containsKey("tag"));
        return (front == Front.FUNCTION_URL && urlTags)
                || (front == Front.OBJECT_LAMBDA && audiences.stream().anyMatch(Audience::usesTagRules));
    }

    /** Every principal ARN pattern of every audience, in order, without repeats. */
    public List<String> allPrincipals() {
        return audiences.stream().flatMap(a -> a.principals().stream()).distinct().toList();
    }

    /** The accounts of all audience principals, sorted. */
    public Set<String> principalAccounts() {
        Set<String> out = new TreeSet<>();
        audiences.forEach(a -> out.addAll(a.accounts()));
        return out;
    }
}
