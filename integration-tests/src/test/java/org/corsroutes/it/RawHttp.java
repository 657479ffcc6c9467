package org.corsroutes.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, one request per connection: the request goes out byte for byte
 * as written (ISO-8859-1, so any byte can be put in a path or a header), which
 * {@code java.net.http} would refuse or normalise.
 */
final class RawHttp {
  private RawHttp() {}

  /** A response: status (-1 when the server closed without answering), headers, raw body. */
  record Response(int status, List<String[]> headers, byte[] body) {
    List<String> all(String name) {
      List<String> values = new ArrayList<>();
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase(name)) {
          values.add(header[1]);
        }
      }
      return values;
    }

    String first(String name) {
      List<String> values = all(name);
      return values.isEmpty() ? null : values.get(0);
    }

    /** Every {@code Access-Control-*} header, name lowercased. */
    List<String[]> cors() {
      List<String[]> out = new ArrayList<>();
      for (String[] header : headers) {
        String lower = header[0].toLowerCase(Locale.ROOT);
        if (lower.startsWith("access-control-")) {
          out.add(new String[] {lower, header[1]});
        }
      }
      return out;
    }

    String bodyText() {
      return new String(body, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Sends {@code method target HTTP/1.1} with {@code headers} ("Name: value" lines, without
   * CRLF), {@code Host}, {@code Connection: close} and the body, and reads the answer to EOF.
   */
  static Response send(int port, String method, String target, List<String> headers,
      String body) throws IOException {
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1:").append(port).append("\r\n")
        .append("Connection: close\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.ISO_8859_1);
    if (body != null) {
      head.append("Content-Length: ").append(payload.length).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(payload);
      out.flush();
      return parse(readAll(socket.getInputStream()));
    }
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

  private static Response parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (raw.length == 0 || end < 0) {
      return new Response(-1, List.of(), raw);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    String[] statusLine = lines[0].split(" ");
    int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(new String[] {lines[i].substring(0, colon),
          lines[i].substring(colon + 1).trim()});
    }
    byte[] body = new byte[raw.length - end - 4];
    System.arraycopy(raw, end + 4, body, 0, body.length);
    return new Response(status, headers, body);
  }
}
