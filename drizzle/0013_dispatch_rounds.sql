CREATE TABLE "dispatch_rounds" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dispatch_rounds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"started_at" timestamp with time zone NOT NULL,
	"last_started_at" timestamp with time zone NOT NULL,
	"rounds" integer DEFAULT 1 NOT NULL,
	"duration_ms" integer NOT NULL,
	"total_ms" integer NOT NULL,
	"waiting" integer NOT NULL,
	"drivers_free" integer NOT NULL,
	"planned" integer NOT NULL,
	"offers" integer NOT NULL,
	"held" integer NOT NULL,
	"expired" integer NOT NULL,
	"failed" boolean DEFAULT false NOT NULL,
	CONSTRAINT "dispatch_rounds_rounds_check" CHECK ("dispatch_rounds"."rounds" >= 1),
	CONSTRAINT "dispatch_rounds_total_ms_check" CHECK ("dispatch_rounds"."total_ms" >= "dispatch_rounds"."duration_ms"),
	CONSTRAINT "dispatch_rounds_last_started_at_check" CHECK ("dispatch_rounds"."last_started_at" >= "dispatch_rounds"."started_at"),
	CONSTRAINT "dispatch_rounds_duration_ms_check" CHECK ("dispatch_rounds"."duration_ms" >= 0),
	CONSTRAINT "dispatch_rounds_waiting_check" CHECK ("dispatch_rounds"."waiting" >= 0),
	CONSTRAINT "dispatch_rounds_drivers_free_check" CHECK ("dispatch_rounds"."drivers_free" >= 0),
	CONSTRAINT "dispatch_rounds_planned_check" CHECK ("dispatch_rounds"."planned" >= 0),
	CONSTRAINT "dispatch_rounds_offers_check" CHECK ("dispatch_rounds"."offers" >= 0),
	CONSTRAINT "dispatch_rounds_held_check" CHECK ("dispatch_rounds"."held" >= 0),
	CONSTRAINT "dispatch_rounds_expired_check" CHECK ("dispatch_rounds"."expired" >= 0)
);
--> statement-breakpoint
CREATE INDEX "dispatch_rounds_last_started_at_idx" ON "dispatch_rounds" USING btree ("last_started_at");