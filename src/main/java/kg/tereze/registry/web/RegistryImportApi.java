package kg.tereze.registry.web;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.registry.internal.ImportMode;
import kg.tereze.registry.internal.ImportReport;
import kg.tereze.registry.internal.RegisterImport;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/registry/imports")
@Tag(name = "Household book")
@PreAuthorize("hasRole('REGISTRAR')")
class RegistryImportApi {

	private final RegisterImport imports;

	RegistryImportApi(RegisterImport imports) {
		this.imports = imports;
	}

	@Operation(summary = "Import a household book (XLSX or UTF-8 CSV, multipart field 'file'); dryRun=true only checks it")
	@PostMapping
	ImportReport importBook(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
			Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "registry.import.error.empty");
		}
		var tenant = CurrentTenant.require();
		return dryRun ? imports.check(tenant, file.getOriginalFilename(), file.getBytes(), locale)
				: imports.run(tenant, file.getOriginalFilename(), file.getBytes(), mode, locale);
	}
}
