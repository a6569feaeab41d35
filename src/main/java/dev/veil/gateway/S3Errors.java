package dev.veil.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** S3's XML error answer. Messages are fixed texts or codes, never a value, a URL or a secret. */
final class S3Errors {
    private S3Errors() {
    }

    static void send(HttpExchange ex, int status, String code, String message, String requestId) {
        try {
            ex.getResponseHeaders().set("x-amz-request-id", requestId);
            if (ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseHeaders().set("x-amz-error-code", code);
                ex.sendResponseHeaders(status, -1);
                return;
            }
            byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + escape(code) + "</Code><Message>"
                    + escape(message == null ? "" : message) + "</Message><RequestId>" + requestId
                    + "</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/xml");
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the client went away; nothing more can be said to it
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
