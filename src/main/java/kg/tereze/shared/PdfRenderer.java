package kg.tereze.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders well-formed XHTML to PDF with Liberation Sans embedded (regular and bold), so that Kyrgyz
 * letters (Ң ң Ө ө Ү ү) print on any printer and copy out as text. Certificates and billing notices
 * use it; templates name the font family {@value #FAMILY}.
 */
@Component
public class PdfRenderer {

	public static final String FAMILY = "Liberation Sans";

	private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";

	private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

	// read once: inflating the fonts out of the jar for every page took a good part of each render
	private static final byte[] REGULAR_BYTES = bytes(REGULAR);

	private static final byte[] BOLD_BYTES = bytes(BOLD);

	public byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(REGULAR_BYTES), FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD_BYTES), FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] bytes(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("font missing: " + path, e);
		}
	}
}
