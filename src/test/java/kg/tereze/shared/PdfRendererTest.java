package kg.tereze.shared;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTest {

	private static final String PAGE = """
			<html><head><style>body { font-family: 'Liberation Sans'; } b { font-weight: bold; }</style></head>
			<body><p>Жашаган жери жөнүндө маалымкат: Үсөн Жаңыл кызы, Өзгөн району.</p>
			<p><b>ҢҮӨ ңүө</b> · Справка с места жительства · 1&#160;234,50&#160;сом</p></body></html>""";

	@Test
	void kyrgyzLettersAreEmbeddedAndCopyOutAsText() throws IOException {
		byte[] pdf = new PdfRenderer().render(PAGE);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
			assertThat(text).contains("Жашаган жери жөнүндө маалымкат: Үсөн Жаңыл кызы, Өзгөн району.")
				.contains("ҢҮӨ ңүө")
				.contains("Справка с места жительства")
				.contains("1 234,50 сом");
			var resources = document.getPage(0).getResources();
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("LiberationSans");
			}
		}
	}
}
