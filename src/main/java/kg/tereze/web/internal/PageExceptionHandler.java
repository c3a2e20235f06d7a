package kg.tereze.web.internal;

import java.util.Locale;

import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Pages: a missing record, a bad link or a broken rule that no form caught gets a page that says so. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	/** The page's own words for 404 say more than "not found": it may be another municipality's. */
	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND, null);
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException e, Locale locale) {
		return page(HttpStatus.BAD_REQUEST, messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badRequest(Locale locale) {
		return page(HttpStatus.BAD_REQUEST, messages.getMessage("web.problem.badRequest", null, locale));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(Locale locale) {
		return page(HttpStatus.PAYLOAD_TOO_LARGE, messages.getMessage("web.problem.tooLarge", null, locale));
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("detail", message);
		return view;
	}
}
