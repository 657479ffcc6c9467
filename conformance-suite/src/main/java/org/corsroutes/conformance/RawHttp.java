package org.corsroutes.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 over a plain socket, one request per connection, written byte for byte (ISO-8859-1):
 * the malformed input {@code java.net.http} refuses to send.
 */
final class RawHttp {
  private RawHttp() {}

  /** Status (-1: the server closed without an answer) and the whole response as text. */
  record Response(int status, String text) {
    /** Whether the headers carry {@code name} (case-insensitive). */
    boolean hasHeader(String name) {
      return !values(name).isEmpty();
    }

    /** The values of header {@code name} (case-insensitive), trimmed. */
    List<String> values(String name) {
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      List<String> values = new ArrayList<>();
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          values.add(line.substring(colon + 1).trim());
        }
      }
      return values;
    }
  }

  /** {@code method path} with the given raw header lines (no CRLF), Host and Connection: close. */
  static Response send(URI base, String method, String path, String... headerLines) {
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(base.getPath().replaceAll("/$", "")).append(path)
        .append(" HTTP/1.1\r\n")
        .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
        .append("Connection: close\r\n");
    for (String line : headerLines) {
      head.append(line).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String text = new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
      return new Response(status(text), text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(method + " " + path, e);
    }
  }

  private static int status(String text) {
    if (!text.startsWith("HTTP/")) {
      return -1;
    }
    String[] statusLine = text.split("\r\n", 2)[0].split(" ");
    return statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new IOException("no end of response within 10 s; read so far: "
          + all.toString(StandardCharsets.ISO_8859_1), e);
    } catch (IOException e) {
      if (all.size() == 0) {
        return new byte[0]; // reset before answering: no response
      }
    }
    return all.toByteArray();
  }
}
