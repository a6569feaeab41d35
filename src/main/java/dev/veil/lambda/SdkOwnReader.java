package dev.veil.lambda;

import dev.veil.pipeline.Deadline;
import dev.veil.pipeline.SourceException;
import dev.veil.pipeline.SourceObject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@link OwnReader} with the AWS SDK; the supporting access point ARN is the bucket parameter. */
public final class SdkOwnReader implements OwnReader {
    private final S3Client s3;

    public SdkOwnReader(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public SourceObject get(String supportingAccessPoint, String key, String versionId, String ifMatch, long maxBytes,
                            Deadline deadline) {
        GetObjectRequest.Builder b = GetObjectRequest.builder().bucket(supportingAccessPoint).key(key);
        if (versionId != null && !versionId.isEmpty()) {
            b.versionId(versionId);
        }
        if (ifMatch != null && !ifMatch.isEmpty()) {
            b.ifMatch(ifMatch);
        }
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b.build())) {
            GetObjectResponse r = in.response();
            if (r.contentLength() != null && r.contentLength() > maxBytes) {
                throw new SourceException(400, "EntityTooLarge", "the object is larger than this access point inspects");
            }
            Map<String, String> h = new LinkedHashMap<>();
            r.sdkHttpResponse().headers().forEach((k, v) -> h.put(k, String.join(",", v)));
            return new SourceObject(200, h, in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 16)));
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null ? "InternalError" : e.awsErrorDetails().errorCode();
            throw new SourceException(e.statusCode(), code == null ? "InternalError" : code, "S3 answered " + e.statusCode());
        } catch (IOException e) {
            throw new SourceException(503, "ServiceUnavailable", "reading the object from S3 failed");
        }
    }
}
