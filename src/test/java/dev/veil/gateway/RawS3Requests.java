package dev.veil.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Hand-made HTTP/1.1 requests over a raw socket, SigV4-signed exactly over the raw path given (no
 * normalisation, no re-encoding), so a test can send what an ordinary client would clean up first:
 * {@code ..} segments, encoded slashes, control characters, huge or countless headers.
 */
final class RawS3Requests {
    /** The status line's code (0 when the server closed without answering) and the body. */
    record Answer(int status, String head, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final URI endpoint;

    RawS3Requests(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Signed headers for a GET of {@code rawPath} by {@code accessKey} for {@code region}, at {@code clock}'s time. */
    Map<String, String> sign(String rawPath, String accessKey, String secret, String region, Clock clock) {
        SdkHttpFullRequest request = SdkHttpFullRequest.builder().method(SdkHttpMethod.GET)
                .protocol("http").host(endpoint.getHost()).port(endpoint.getPort()).encodedPath(rawPath).build();
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKey, secret))
                .request(request)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false));
        Map<String, String> headers = new LinkedHashMap<>();
        signed.request().headers().forEach((k, v) -> headers.put(k, String.join(",", v)));
        return headers;
    }

    /** Sends {@code GET rawPath} with these headers (Host included by the caller or the signer). */
    Answer get(String rawPath, Map<String, String> headers) {
        StringBuilder sb = new StringBuilder("GET ").append(rawPath).append(" HTTP/1.1\r\n");
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        sb.append("Connection: close\r\n\r\n");
        return send(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    Answer send(byte[] request) {
        try (Socket s = new Socket(endpoint.getHost(), endpoint.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may refuse and close before reading everything; read what it said
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                InputStream in = s.getInputStream();
                in.transferTo(all);
            } catch (IOException e) {
                // a reset after an answer: keep what arrived
            }
            return parse(all.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Answer(0, text, new byte[0]);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        String head = text.substring(0, end);
        if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Answer(status, head, body);
    }

    private static byte[] dechunk(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int eol = indexOfCrlf(b, i);
            if (eol < 0) {
                break;
            }
            int n = Integer.parseInt(new String(b, i, eol - i, StandardCharsets.ISO_8859_1).trim().split(";")[0], 16);
            if (n == 0) {
                break;
            }
            out.write(b, eol + 2, Math.min(n, b.length - eol - 2));
            i = eol + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
