package dev.veil.aws;

import dev.veil.transform.KeyFiles;
import dev.veil.transform.KeyRing;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Loads the key ring in Lambda: the key-file JSON is held by an SSM Parameter Store SecureString
 * or a Secrets Manager secret, named by an environment variable ({@value #SSM_PARAMETER_ENV} or
 * {@value #SECRET_ID_ENV}). The environment holds only the name, never the key; the key is
 * never logged, and errors never quote it.
 */
public final class AwsKeyRings {
    public static final String SSM_PARAMETER_ENV = "VEIL_KEY_SSM_PARAMETER";
    public static final String SECRET_ID_ENV = "VEIL_KEY_SECRET_ID";

    private AwsKeyRings() {
    }

    /** The key ring in an SSM SecureString parameter (decrypted by SSM with its KMS key). */
    public static KeyRing fromSsm(SsmClient ssm, String parameterName) {
        Parameter p = ssm.getParameter(b -> b.name(parameterName).withDecryption(true)).parameter();
        if (p.type() != ParameterType.SECURE_STRING) {
            throw new IllegalStateException("SSM parameter " + parameterName + " must be a SecureString");
        }
        return parse(p.value(), "SSM parameter " + parameterName);
    }

    /** The key ring in a Secrets Manager secret's string value. */
    public static KeyRing fromSecretsManager(SecretsManagerClient secrets, String secretId) {
        String value = secrets.getSecretValue(b -> b.secretId(secretId)).secretString();
        if (value == null) {
            throw new IllegalStateException("secret " + secretId + " has no string value");
        }
        return parse(value, "secret " + secretId);
    }

    /**
     * A supplier that loads the key ring on first use and keeps it (once per Lambda container).
     * The handler creates it in its constructor; {@code clients} are created only if needed.
     */
    public static Supplier<KeyRing> fromEnvironment(Map<String, String> env, Supplier<SsmClient> ssm,
                                                     Supplier<SecretsManagerClient> secrets) {
        String parameter = env.get(SSM_PARAMETER_ENV);
        String secretId = env.get(SECRET_ID_ENV);
        if ((parameter == null) == (secretId == null)) {
            throw new IllegalStateException("set exactly one of " + SSM_PARAMETER_ENV + " and " + SECRET_ID_ENV);
        }
        return new LoadOnce<>(parameter != null
                ? () -> fromSsm(ssm.get(), parameter)
                : () -> fromSecretsManager(secrets.get(), secretId));
    }

    private static KeyRing parse(String json, String where) {
        try {
            return KeyFiles.parse(json);
        } catch (IllegalArgumentException e) {
            // KeyFiles' messages never quote the content
            throw new IllegalStateException(where + ": " + e.getMessage());
        }
    }

    /** Computes a value once, on first use; thread-safe. */
    private static final class LoadOnce<T> implements Supplier<T> {
        private final Supplier<T> loader;
        private volatile T value;

        LoadOnce(Supplier<T> loader) {
            this.loader = Objects.requireNonNull(loader);
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = loader.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
