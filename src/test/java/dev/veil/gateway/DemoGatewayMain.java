package dev.veil.gateway;

/**
 * The demo gateway in a JVM of its own, for {@link SlowClientIT}: the JDK HTTP server reads its
 * slow-client limits once per JVM, so only a fresh JVM shows what the gateway's defaults do.
 * Prints {@code endpoint <uri>} and serves until its standard input closes.
 */
public final class DemoGatewayMain {
    private DemoGatewayMain() {
    }

    public static void main(String[] args) throws Exception {
        try (GatewayRig rig = new GatewayRig()) {
            System.out.println("endpoint " + rig.gateway.endpoint());
            System.out.flush();
            while (System.in.read() != -1) {
                // serve until the parent closes our input
            }
        }
        System.exit(0);
    }
}
