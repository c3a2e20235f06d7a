package kg.tereze.support;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 GET over one kept-alive socket, for the benchmarks in {@code bench/}: the client shares the
 * machine's two cores with the server and PostgreSQL, and the JDK's {@code HttpClient} (a selector thread and
 * a hand-off per request) cost them more than some of the requests it measured. Reconnects when the server
 * closes the connection, as Tomcat does after so many requests.
 */
public final class KeptAliveHttp implements AutoCloseable {

	/** A status code and the body as text. */
	public record Reply(int status, String body) {
	}

	private final URI uri;

	private final String host;

	private Socket socket;

	private OutputStream out;

	private DataInputStream in;

	private boolean closing;

	public KeptAliveHttp(URI uri) throws IOException {
		this.uri = uri;
		this.host = uri.getHost() + ":" + uri.getPort();
		connect();
	}

	private void connect() throws IOException {
		socket = new Socket(uri.getHost(), uri.getPort());
		socket.setTcpNoDelay(true);
		out = new BufferedOutputStream(socket.getOutputStream());
		in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
	}

	/** Writes a GET of {@code pathAndQuery} (already encoded) with the given header lines; read the answer with {@link #receive()}. */
	public void send(String pathAndQuery, String... headers) throws IOException {
		if (socket == null) {
			connect();
		}
		StringBuilder request = new StringBuilder("GET ").append(pathAndQuery).append(" HTTP/1.1\r\nHost: ").append(host)
			.append("\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	public Reply receive() throws IOException {
		String status = readLine();
		if (!status.startsWith("HTTP/1.1 ")) {
			throw new IOException("not an HTTP answer: " + status);
		}
		int code = Integer.parseInt(status.substring(9, 12));
		int length = -1;
		boolean chunked = false;
		closing = false;
		for (String line; !(line = readLine()).isEmpty();) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(line.substring(15).strip());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				closing = true;
			}
		}
		String body = chunked ? chunks() : new String(exactly(Math.max(length, 0)), StandardCharsets.UTF_8);
		if (closing) {
			socket.close();
			socket = null;
		}
		return new Reply(code, body);
	}

	/** Sends and waits for the answer. */
	public Reply get(String pathAndQuery, String... headers) throws IOException {
		send(pathAndQuery, headers);
		return receive();
	}

	private String chunks() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int size; (size = Integer.parseInt(readLine().strip(), 16)) > 0;) {
			body.write(exactly(size));
			readLine();
		}
		readLine();
		return body.toString(StandardCharsets.UTF_8);
	}

	private byte[] exactly(int n) throws IOException {
		byte[] bytes = new byte[n];
		in.readFully(bytes);
		return bytes;
	}

	private String readLine() throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c; (c = in.read()) != '\n';) {
			if (c < 0) {
				throw new EOFException();
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		if (socket != null) {
			socket.close();
		}
	}
}
