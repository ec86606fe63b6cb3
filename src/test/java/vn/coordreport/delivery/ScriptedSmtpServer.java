package vn.coordreport.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server that answers RCPT TO by the address: {@code refuse...} gets
 * 550, {@code busy...} gets 451, anything else is accepted. A message to
 * {@code drop...} is read whole, then the connection is cut before the reply,
 * so the client cannot know whether it was taken. Counts the messages it
 * accepts, and those it read and dropped.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger dropped = new AtomicInteger();

    ScriptedSmtpServer() {
        try {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client went away: next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
        reply(out, "220 scripted ESMTP");
        boolean refused = false;
        boolean drop = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase();
            if (command.startsWith("RCPT")) {
                refused = command.contains("REFUSE") || command.contains("BUSY");
                drop = command.contains("DROP");
                reply(out, command.contains("REFUSE") ? "550 5.1.1 <" + line.substring(8) + "> mailbox unavailable"
                        : command.contains("BUSY") ? "451 4.3.0 mailbox busy, try again later" : "250 OK");
            } else if (command.startsWith("DATA")) {
                reply(out, refused ? "503 5.5.1 no valid recipients" : "354 go ahead");
                if (!refused) {
                    for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                        // the message itself is not kept
                    }
                    if (drop) {
                        dropped.incrementAndGet();
                        return;
                    }
                    accepted.incrementAndGet();
                    reply(out, "250 2.0.0 queued");
                }
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 scripted");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
