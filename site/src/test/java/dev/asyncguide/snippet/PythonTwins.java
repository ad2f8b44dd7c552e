package dev.asyncguide.snippet;

import java.util.concurrent.TimeUnit;

/** Whether python3 can run the Python originals on this machine. */
final class PythonTwins {
    private PythonTwins() {}

    static boolean available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
