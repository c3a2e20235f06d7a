package kg.tereze.shared;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a PDF goes to the browser: shown in its viewer (from where it is printed) or saved,
 * and never kept by a shared cache, since every printout here names people or their money.
 */
public final class PdfReply {

	private PdfReply() {
	}

	public static ResponseEntity<byte[]> inline(byte[] body, String fileName) {
		return reply(body, ContentDisposition.inline().filename(fileName).build());
	}

	public static ResponseEntity<byte[]> of(byte[] body, String fileName, boolean download) {
		return download ? reply(body, ContentDisposition.attachment().filename(fileName).build()) : inline(body, fileName);
	}

	private static ResponseEntity<byte[]> reply(byte[] body, ContentDisposition disposition) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}
}
