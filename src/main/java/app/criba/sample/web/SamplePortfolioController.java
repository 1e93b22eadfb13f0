package app.criba.sample.web;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.sample.SamplePortfolio;
import app.criba.sample.SampleSummary;
import app.criba.system.ConflictException;

/** The button on the empty portfolio that loads the sample portfolio. */
@Controller
class SamplePortfolioController {

    private static final Logger log = LoggerFactory.getLogger(SamplePortfolioController.class);

    private final SamplePortfolio samplePortfolio;
    private final Clock clock;

    SamplePortfolioController(SamplePortfolio samplePortfolio, Clock clock) {
        this.samplePortfolio = samplePortfolio;
        this.clock = clock;
    }

    @PostMapping("/sample-portfolio")
    String loadSamplePortfolio(RedirectAttributes redirect) {
        try {
            SampleSummary summary = samplePortfolio.load(LocalDate.now(clock));
            redirect.addFlashAttribute("success", "sample.loaded");
            redirect.addFlashAttribute("successArgs", new Object[] { summary.clients() });
        } catch (ConflictException notEmpty) {
            log.info("Sample portfolio not loaded: {}", notEmpty.getMessage());
            redirect.addFlashAttribute("failure", notEmpty.messageCode());
        }
        return "redirect:/";
    }
}
