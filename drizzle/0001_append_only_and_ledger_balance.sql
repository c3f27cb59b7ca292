-- Invariants drizzle-kit cannot express: append-only audit tables and a balanced ledger.
-- Plain PL/pgSQL only, so it runs on PostgreSQL and on PGlite alike.

-- Audit trails are append-only: corrections are new rows, never edits.
CREATE FUNCTION "forbid_mutation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "admin_actions_no_update_delete" BEFORE UPDATE OR DELETE ON "admin_actions"
  FOR EACH ROW EXECUTE FUNCTION "forbid_mutation"();
--> statement-breakpoint
CREATE TRIGGER "admin_actions_no_truncate" BEFORE TRUNCATE ON "admin_actions"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_mutation"();
--> statement-breakpoint
CREATE TRIGGER "ledger_entries_no_update_delete" BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION "forbid_mutation"();
--> statement-breakpoint
CREATE TRIGGER "ledger_entries_no_truncate" BEFORE TRUNCATE ON "ledger_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_mutation"();
--> statement-breakpoint
CREATE TRIGGER "order_status_history_no_update_delete" BEFORE UPDATE OR DELETE ON "order_status_history"
  FOR EACH ROW EXECUTE FUNCTION "forbid_mutation"();
--> statement-breakpoint
CREATE TRIGGER "order_status_history_no_truncate" BEFORE TRUNCATE ON "order_status_history"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_mutation"();
--> statement-breakpoint

-- Double entry: the rows of one entry_group sum to zero in a single currency. Checked at
-- commit (deferred), so a movement may be written with several INSERTs in one transaction.
CREATE FUNCTION "ledger_entries_check_group_balanced"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  total bigint;
  currencies integer;
BEGIN
  SELECT coalesce(sum("amount_cents"), 0), count(DISTINCT "currency")
    INTO total, currencies
    FROM "ledger_entries"
    WHERE "entry_group" = NEW."entry_group";
  IF total <> 0 OR currencies <> 1 THEN
    RAISE EXCEPTION 'ledger entry group % is unbalanced (sum %, % currencies)', NEW."entry_group", total, currencies
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_entries_group_balanced';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "ledger_entries_group_balanced" AFTER INSERT ON "ledger_entries"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "ledger_entries_check_group_balanced"();
