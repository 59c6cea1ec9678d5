package io.seatkeeper.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Lets beans take the EntityManager as a constructor argument, like any other dependency. */
@ApplicationScoped
public class EntityManagerProducer {

    @Produces
    @PersistenceContext(unitName = "seatkeeper")
    private EntityManager entityManager;
}
