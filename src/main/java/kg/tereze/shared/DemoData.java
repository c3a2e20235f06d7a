package kg.tereze.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * A writer of demo data: a bean only in demo mode ({@link DemoMode}), so that on a real office PC it
 * does not exist at all, let alone write. Demo writers live in each module's {@code internal.demo}
 * package, with the few statements that write history as it never happened (a report filed last
 * month), which production code does not have.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@Conditional(DemoData.InDemoMode.class)
public @interface DemoData {

	/** True in demo mode. */
	class InDemoMode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DemoMode.enabled(context.getEnvironment());
		}
	}
}
