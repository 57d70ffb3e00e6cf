package fr.orienta.registry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a person said, as a coordinator or a caller records it. */
public record NewConsent(
    @NotNull(message = "{orienta.consent.kind.required}") PersonConsent.Kind kind,
    @NotNull(message = "{orienta.consent.scope.required}") PersonConsent.Scope scope,
    @NotNull(message = "{orienta.consent.channel.required}") PersonConsent.Channel channel,
    @NotNull(message = "{orienta.consent.givenOn.required}") LocalDate givenOn,
    @Size(max = 500, message = "{orienta.consent.note.size}") String note) {}
