package dev.veil.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code veil get}: reads one object through an S3 endpoint (the local gateway by default) with
 * the AWS SDK, for machines without the AWS CLI. {@code --identity NAME} uses the demo's keys
 * ({@code NAME} / {@code NAME-secret}).
 */
@Command(name = "get", description = "Read an object through an S3 endpoint (the local gateway) with the AWS SDK.")
final class GetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080", description = "S3 endpoint.")
    URI endpoint;

    @Option(names = "--identity", paramLabel = "NAME", description = "Demo identity: access key NAME, secret NAME-secret.")
    String identity;

    @Option(names = "--access-key", paramLabel = "KEY")
    String accessKey;

    @Option(names = "--secret-key", paramLabel = "SECRET")
    String secretKey;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1")
    String region;

    @Option(names = "--range", paramLabel = "bytes=A-B", description = "Range header.")
    String range;

    @Parameters(index = "0", paramLabel = "BUCKET", description = "Bucket or access point alias.")
    String bucket;

    @Parameters(index = "1", paramLabel = "KEY")
    String key;

    @Parameters(index = "2", paramLabel = "OUT", defaultValue = "-", description = "Output file, or - for stdout (default).")
    String out;

    @Override
    public Integer call() throws IOException {
        String ak = identity != null ? identity : accessKey;
        String sk = identity != null ? identity + "-secret" : secretKey;
        if (ak == null || sk == null) {
            throw new CliException("give --identity NAME, or --access-key and --secret-key", 2);
        }
        try (S3Client s3 = S3Client.builder().endpointOverride(endpoint).region(Region.of(region)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ak, sk)))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            ResponseBytes<GetObjectResponse> r = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).range(range));
            if (out.equals("-")) {
                OutputStream o = System.out;
                o.write(r.asByteArray());
                o.flush();
            } else {
                AtomicFiles.write(Path.of(out), r.asByteArray());
                spec.commandLine().getErr().println("veil get: " + r.asByteArray().length + " bytes, "
                        + r.response().contentType() + " -> " + out);
            }
            return 0;
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            throw new CliException(e.statusCode() + " " + code + ": "
                    + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorMessage()));
        } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
            throw new CliException("cannot reach " + endpoint + " (is veil demo running?)");
        }
    }
}
