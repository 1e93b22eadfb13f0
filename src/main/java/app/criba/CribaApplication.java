package app.criba;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import app.criba.system.DatabaseBootstrap;

@SpringBootApplication
public class CribaApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CribaApplication.class);
        application.addListeners(new DatabaseBootstrap());
        application.run(args);
    }
}
