package kg.tereze.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Writes RFC 9457 problem details from the security filters, which run before any controller advice. */
@Component
class ProblemWriter {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	ProblemWriter(MessageSource messages) {
		this.messages = messages;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey) throws IOException {
		var locale = RequestContextUtils.getLocale(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", messages.getMessage("web.problem.title." + status, null, "Error", locale));
		body.put("status", status);
		body.put("detail", messages.getMessage(messageKey, null, messageKey, locale));
		body.put("instance", request.getRequestURI());
		response.setStatus(status);
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}
}
