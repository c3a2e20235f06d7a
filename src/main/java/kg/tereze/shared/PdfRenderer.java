package kg.tereze.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import kg.tereze.shared.internal.QrDrawer;
import kg.tereze.shared.internal.TrueTypeTables;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders well-formed XHTML to PDF with Liberation Sans embedded (regular and bold), so that Kyrgyz
 * letters (Ң ң Ө ө Ү ү) print on any printer and copy out as text. Certificates and billing notices
 * use it; templates name the font family {@value #FAMILY}. An {@code <object>} made by
 * {@link QrCodes#pdfElement} is drawn as a vector QR code.
 * <p>
 * Speed matters (a certificate a second per clerk, thousands of notices per run), so the work that is
 * the same for every page is done once: the fonts are parsed once and lent to one page at a time, the
 * XML parser is kept per thread, and the fonts carry no glyph-substitution table (see
 * {@link TrueTypeTables}).
 */
@Component
public class PdfRenderer {

	public static final String FAMILY = "Liberation Sans";

	private static final byte[] REGULAR = font("liberation/LiberationSans-Regular.ttf");

	private static final byte[] BOLD = font("liberation/LiberationSans-Bold.ttf");

	private static final DefaultObjectDrawerFactory QR_OBJECTS = new DefaultObjectDrawerFactory();

	static {
		QR_OBJECTS.registerDrawer(QrCodes.PDF_TYPE, new QrDrawer());
		// openhtmltopdf writes eight lines at INFO for every page straight to the console, past the
		// application's logging settings; under load that was thousands of lines a minute
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, Level.WARNING);
		}
	}

	/** A parsed regular and bold face; one page uses a pair at a time, as a parsed font reads its own data. */
	private record Faces(TrueTypeFont regular, TrueTypeFont bold) {
	}

	private final Queue<Faces> faces = new ConcurrentLinkedQueue<>();

	private final ThreadLocal<DocumentBuilder> xml = ThreadLocal.withInitial(PdfRenderer::documentBuilder);

	public byte[] render(String xhtml) {
		Faces f = faces.poll();
		if (f == null) {
			f = new Faces(parse(REGULAR), parse(BOLD));
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, f.regular(), true)), FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, f.bold(), true)), FAMILY, 700, FontStyle.NORMAL, true);
			builder.useObjectDrawerFactory(QR_OBJECTS);
			builder.withW3cDocument(document(xhtml), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			faces.offer(f);
		}
	}

	private Document document(String xhtml) {
		DocumentBuilder parser = xml.get();
		try {
			return parser.parse(new InputSource(new StringReader(xhtml)));
		}
		catch (SAXException | IOException e) {
			throw new IllegalArgumentException("not well-formed XHTML", e);
		}
		finally {
			parser.reset();
		}
	}

	/** Namespace-aware, and refusing any DOCTYPE: template bodies come from municipalities' editors. */
	private static DocumentBuilder documentBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder();
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static TrueTypeFont parse(byte[] font) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(font));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return TrueTypeTables.without(in.readAllBytes(), Set.of("GSUB"));
		}
		catch (IOException e) {
			throw new UncheckedIOException("font missing: " + path, e);
		}
	}
}
