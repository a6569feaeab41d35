package dev.veil.lambda;

import java.io.IOException;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * An HTTP client that tears the connection down when a request fails part way. The SDK leaves a
 * connection whose request body failed as it is; for a streamed WriteGetObjectResponse that would
 * leave S3 (or the gateway) waiting for the rest of the body, and closing the request's output
 * normally would end a chunked body as if it were complete. Aborting closes the socket instead,
 * so the receiver sees a broken body.
 */
final class AbortingHttpClient implements SdkHttpClient {
    private final SdkHttpClient delegate;

    AbortingHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest inner = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                try {
                    return inner.call();
                } catch (IOException | RuntimeException e) {
                    inner.abort();
                    throw e;
                }
            }

            @Override
            public void abort() {
                inner.abort();
            }
        };
    }

    @Override
    public String clientName() {
        return "aborting-" + delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
