package kg.tereze.shared;

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

	public byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException("font missing: " + path, e);
		}
	}
}
