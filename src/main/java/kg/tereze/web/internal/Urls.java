package kg.tereze.web.internal;

import java.util.List;

import kg.tereze.shared.Languages;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** For templates: the current page's link with one parameter changed (pagers, sorting, language). */
@Component("urls")
class Urls {

	public List<String> languages() {
		return Languages.SUPPORTED;
	}

	public String withParam(String name, Object value) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(name, value)
			.build()
			.toUriString()
			.replaceFirst("^https?://[^/]+", "");
	}
}
