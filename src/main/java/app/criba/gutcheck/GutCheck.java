package app.criba.gutcheck;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.criba.scoring.Grade;

/** The caller-ID test: how the owner feels when the client's name lights up the phone, as a grade. */
@Entity
@Table(name = "gut_check")
public class GutCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clientId;

    private LocalDate ratedOn;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private Long raterId;

    private String comment;

    protected GutCheck() {
    }

    public GutCheck(Long clientId, LocalDate ratedOn, Grade grade, Long raterId, String comment) {
        this.clientId = clientId;
        this.ratedOn = ratedOn;
        this.grade = grade;
        this.raterId = raterId;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getClientId() {
        return clientId;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }

    public Grade getGrade() {
        return grade;
    }

    public Long getRaterId() {
        return raterId;
    }

    public String getComment() {
        return comment;
    }
}
