package dev.veil.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.util.Locale;

/**
 * Builds the S3 Object Lambda event for one request, in the shape AWS sends: request id, the
 * context with the presigned URL (and route and token for GET), the access point configuration
 * with its payload, the caller's request URL and headers (without its Authorization), and the
 * caller's identity.
 */
final class EventBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ROUTE = "veil-local-route";

    private final GatewayConfig config;
    private final GatewayConfig.AccessPoint ap;
    private final GatewayConfig.Identity identity;
    private final String requestId;
    private final HttpExchange ex;
    private final String alias;
    private final String rawKey;
    private final String rawQuery;

    EventBuilder(GatewayConfig config, GatewayConfig.AccessPoint ap, GatewayConfig.Identity identity, String requestId,
                 HttpExchange ex, String alias, String rawKey, String rawQuery) {
        this.config = config;
        this.ap = ap;
        this.identity = identity;
        this.requestId = requestId;
        this.ex = ex;
        this.alias = alias;
        this.rawKey = rawKey;
        this.rawQuery = rawQuery;
    }

    ObjectNode get(String inputS3Url, String token) {
        ObjectNode e = base();
        e.putObject("getObjectContext").put("inputS3Url", inputS3Url).put("outputRoute", ROUTE).put("outputToken", token);
        return e;
    }

    ObjectNode head(String inputS3Url) {
        ObjectNode e = base();
        e.putObject("headObjectContext").put("inputS3Url", inputS3Url);
        return e;
    }

    ObjectNode list(String inputS3Url, boolean v2) {
        ObjectNode e = base();
        e.putObject(v2 ? "listObjectsV2Context" : "listObjectsContext").put("inputS3Url", inputS3Url);
        return e;
    }

    private ObjectNode base() {
        ObjectNode e = JSON.createObjectNode();
        e.put("xAmzRequestId", requestId);
        String account = identity.accountId().isEmpty() ? "000000000000" : identity.accountId();
        ObjectNode c = e.putObject("configuration");
        c.put("accessPointArn", ap.arn(config.region(), account));
        c.put("supportingAccessPointArn", ap.bucket());
        c.put("payload", ap.payload());
        ObjectNode ur = e.putObject("userRequest");
        String host = alias + ".s3-object-lambda." + config.region() + ".amazonaws.com";
        ur.put("url", "https://" + host + "/" + rawKey + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
        ObjectNode headers = ur.putObject("headers");
        ex.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("authorization")) {
                headers.put(name, String.join(",", values));
            }
        });
        headers.put("Host", host);
        ObjectNode id = e.putObject("userIdentity");
        id.put("type", identity.type());
        id.put("principalId", identity.caller().principalId());
        id.put("arn", identity.arn());
        id.put("accountId", identity.accountId());
        id.put("accessKeyId", identity.accessKeyId());
        if (!identity.userName().isEmpty()) {
            id.put("userName", identity.userName());
        }
        e.put("protocolVersion", "1.00");
        return e;
    }
}
