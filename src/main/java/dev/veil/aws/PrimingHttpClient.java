package dev.veil.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK HTTP client that never opens a connection: it reads the request body and answers 200
 * with an empty body. A client built with it runs the SDK's whole request path (marshalling,
 * endpoint rules, signing, checksums, response handling) with synthetic data, which is how the
 * function loads those classes at init or before a SnapStart snapshot. Never used for real calls.
 * Thread-safe.
 */
public final class PrimingHttpClient implements SdkHttpClient {
    private final List<SdkHttpRequest> seen = new ArrayList<>();

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream body = request.contentStreamProvider().get().newStream()) {
                        body.transferTo(OutputStream.nullOutputStream());
                    }
                }
                synchronized (seen) {
                    seen.add(request.httpRequest());
                }
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("x-amz-request-id", "veil-priming").putHeader("Content-Length", "0").build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(new byte[0])))
                        .build();
            }

            @Override
            public void abort() {
                // nothing is in flight
            }
        };
    }

    /** The requests answered so far (method, host, path and headers; bodies are not kept). */
    public List<SdkHttpRequest> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    @Override
    public String clientName() {
        return "VeilPriming";
    }

    @Override
    public void close() {
        // holds no connections
    }
}
