package kg.tereze.web.internal;

import kg.tereze.identity.StaffUsers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final FirstRun firstRun;

	WebConfiguration(FirstRun firstRun) {
		this.firstRun = firstRun;
	}

	@Bean
	LocaleResolver localeResolver(StaffUsers users) {
		return new UserLocaleResolver(users);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		// pages only: the API answers 401 to everyone until somebody exists, as it would anyway
		registry.addInterceptor(SetupController.redirectUntilDone(firstRun))
			.excludePathPatterns("/setup", "/error", "/error/**", "/webjars/**", "/css/**", "/img/**", "/js/**",
					"/favicon.ico", "/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**");
	}
}
