package app.criba.importing.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Registers {@link UploadFailureFilter} on the upload step only, ahead of Spring Security's filters. */
@Configuration(proxyBeanMethods = false)
class UploadFilterConfiguration {

    @Bean
    FilterRegistrationBean<UploadFailureFilter> uploadFailureFilter(
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        FilterRegistrationBean<UploadFailureFilter> registration =
                new FilterRegistrationBean<>(new UploadFailureFilter(maxFileSize));
        registration.addUrlPatterns(UploadFailureFilter.UPLOAD_PATH);
        // After the character encoding filter (the highest precedence), before everything else.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
