package kg.tereze.registry.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.registry.internal.ImportJobs;
import kg.tereze.registry.internal.ImportMode;
import kg.tereze.registry.internal.RegisterColumn;
import kg.tereze.registry.internal.RegisterImport;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Import of a household book: the template, the upload with its dry run, then the import. */
@Controller
@RequestMapping("/registry/import")
@PreAuthorize("hasRole('REGISTRAR')")
class ImportController {

	private final RegisterImport imports;

	private final ImportJobs jobs;

	private final MessageSource messages;

	ImportController(RegisterImport imports, ImportJobs jobs, MessageSource messages) {
		this.imports = imports;
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping
	String page() {
		return "registry/import";
	}

	/** An empty book with the columns named in the user's language and one example household. */
	@GetMapping("/template.xlsx")
	void template(HttpServletResponse response, Locale locale) throws IOException {
		List<String> headers = Arrays.stream(RegisterColumn.values()).map(c -> c.header(messages, locale)).toList();
		String head = messages.getMessage("registry.relation.HEAD", null, locale);
		String spouse = messages.getMessage("registry.relation.SPOUSE", null, locale);
		List<List<Object>> example = List.of(
				List.of("00001", "Кароол", "Манас", "12", "", "01.03.2010", head, "Асанов", "Нурлан", "Бакытович", "15.03.1980", "M",
						"21503198000001", "KGZ", "+996 700 123456"),
				List.of("00001", "Кароол", "Манас", "12", "", "", spouse, "Асанова", "Айгүл", "Маратовна", "02.07.1983", "F",
						"10207198300001", "KGZ", ""));
		Xlsx.write(Xlsx.attachment(response, "household-book-" + locale.getLanguage() + ".xlsx"), "book", headers, example,
				row -> row);
	}

	@PostMapping("/check")
	String check(@RequestParam(required = false) MultipartFile file, Model model, Locale locale) throws IOException {
		Tenant t = CurrentTenant.require();
		if (file == null || file.isEmpty()) {
			return rejected(model, new InvalidInputException("file", "registry.import.error.empty"), locale);
		}
		byte[] content = file.getBytes();
		try {
			model.addAttribute("report", imports.check(t, file.getOriginalFilename(), content, locale));
		}
		catch (InvalidInputException e) {
			return rejected(model, e, locale);
		}
		model.addAttribute("uploadId", jobs.keep(t, file.getOriginalFilename(), content));
		return "registry/import";
	}

	/** Starts the import in the background and shows its page, which follows it until it is done. */
	@PostMapping("/run")
	String run(@RequestParam UUID uploadId, @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, Locale locale) {
		UUID job = jobs.start(CurrentTenant.require(), uploadId, mode, locale);
		return "redirect:/registry/import/jobs/" + job;
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable UUID id, Model model) {
		model.addAttribute("job", jobs.status(CurrentTenant.require(), id));
		return "registry/job";
	}

	private String rejected(Model model, InvalidInputException e, Locale locale) {
		model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
		return "registry/import";
	}
}
