package dev.asyncguide.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The idle cores the capture stage sizes its lanes by, on the real kernel. */
class IdleCoresTest {

    @Test
    void cpuHogsStartedElsewhereLeaveNoIdleCore() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Process> hogs = new ArrayList<>();
        try {
            // a hog per core, each in a session of its own, like a program
            // started elsewhere on the machine
            for (int i = 0; i < cores; i++) {
                hogs.add(new ProcessBuilder("setsid", "bash", "-c", "while :; do :; done")
                        .redirectErrorStream(true).start());
            }
            Thread.sleep(300); // until they spin
            double idle = IdleCores.sample(Duration.ofMillis(500)).orElseThrow();
            assertTrue(idle < 0.5, "hogs on all " + cores + " cores, yet " + idle
                    + " cores read idle");
        } finally {
            for (Process p : hogs) {
                p.destroyForcibly().waitFor();
            }
        }
    }
}
