package kg.tereze;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulith;

@Modulith(sharedModules = "shared")
@SpringBootApplication
public class TerezeApplication {

	public static void main(String[] args) {
		SpringApplication.run(TerezeApplication.class, args);
	}
}
