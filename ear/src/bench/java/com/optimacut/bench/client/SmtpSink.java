package com.optimacut.bench.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A minimal SMTP server for the mail drill, on 127.0.0.1 only: accepts every message and appends
 * its Subject header to a log file, one line per message received, when the client ends DATA.
 *
 * <pre>java SmtpSink.java PORT LOG_FILE</pre>
 */
public final class SmtpSink {

    private SmtpSink() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path log = Path.of(args[1]);
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("SMTP sink on 127.0.0.1:" + port);
            while (true) {
                Socket socket = server.accept();
                Thread thread = new Thread(() -> serve(socket, log));
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private static void serve(Socket socket, Path log) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                OutputStream raw = socket.getOutputStream();
                PrintWriter out = new PrintWriter(raw, true, StandardCharsets.UTF_8)) {
            reply(out, "220 localhost bench sink");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 localhost");
                    case "DATA" -> {
                        reply(out, "354 end with .");
                        String subject = "";
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            if (subject.isEmpty() && data.regionMatches(true, 0, "Subject:", 0, 8)) {
                                subject = data.substring(8).trim();
                            }
                        }
                        synchronized (SmtpSink.class) {
                            Files.writeString(log, subject + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        }
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            System.err.println("connection ended: " + e);
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }
}
