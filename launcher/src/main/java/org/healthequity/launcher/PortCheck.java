package org.healthequity.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds taken ports before anything starts, so that the message names the port, its user and the way out. */
public final class PortCheck {

    private PortCheck() {
    }

    /**
     * @param needed port → what needs it and the variable that moves it
     */
    static void requireFree(Map<Integer, String> needed) {
        List<String> taken = new ArrayList<>();
        needed.forEach((port, purpose) -> {
            if (!isFree(port)) {
                taken.add("port " + port + " (" + purpose + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new StackException("Already in use: " + String.join(", ", taken) + ". Stop whatever holds "
                    + (taken.size() == 1 ? "it" : "them") + " (an earlier ./run.sh, perhaps) or choose other ports "
                    + "with the variables named.");
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Like the servers themselves, ignore connections of an earlier run still in TIME_WAIT.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("0.0.0.0", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("No free port: " + e.getMessage());
        }
    }

    static Map<Integer, String> of(Object... portsAndPurposes) {
        Map<Integer, String> map = new LinkedHashMap<>();
        for (int i = 0; i < portsAndPurposes.length; i += 2) {
            map.put((Integer) portsAndPurposes[i], (String) portsAndPurposes[i + 1]);
        }
        return map;
    }
}
