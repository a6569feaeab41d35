package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.lambda.FunctionParts;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class PrimingHttpClientTest {
    @Test
    void theSdksWholeRequestPathRunsAndNothingLeavesTheProcess() {
        PrimingHttpClient http = new PrimingHttpClient();
        try (S3Client s3 = FunctionParts.s3(Region.EU_WEST_1, null,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPRIMINGTEST", "not-a-secret")), http)) {
            s3.writeGetObjectResponse(b -> b.requestRoute("io-route").requestToken("tok").statusCode(200)
                    .contentLength(5L), RequestBody.fromString("hello"));
        }
        List<SdkHttpRequest> seen = http.requests();
        assertEquals(1, seen.size());
        SdkHttpRequest r = seen.get(0);
        assertEquals("/WriteGetObjectResponse", r.encodedPath());
        assertEquals("io-route.s3-object-lambda.eu-west-1.amazonaws.com", r.host(),
                "endpoint rules and host prefix ran as for the real endpoint");
        assertTrue(r.firstMatchingHeader("Authorization").orElse("").contains("Credential=AKIDPRIMINGTEST/"),
                "signed with the priming credentials only");
    }
}
