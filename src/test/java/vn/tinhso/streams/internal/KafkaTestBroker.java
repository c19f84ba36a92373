package vn.tinhso.streams.internal;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/** One single-node KRaft broker in this JVM (Kafka's own test kit), started on first use and shared by the tests. */
public final class KafkaTestBroker {

    private static KafkaClusterTestKit cluster;

    private KafkaTestBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            // A broker that fails while the JVM shuts down must not end the test run with its exit code.
            Exit.setExitProcedure((code, message) -> { });
            Exit.setHaltProcedure((code, message) -> { });
            try {
                KafkaClusterTestKit started = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build()).build();
                started.format();
                started.startup();
                started.waitForReadyBrokers();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (Exception e) {
                        // the JVM is going away; the broker's temporary directories go with the test run
                    }
                }));
                cluster = started;
            } catch (Exception e) {
                throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
            }
        }
        return cluster.bootstrapServers();
    }
}
