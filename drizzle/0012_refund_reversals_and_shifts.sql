CREATE TABLE "driver_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"driver_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_reason" "shift_end_reason",
	CONSTRAINT "driver_shifts_ended_check" CHECK (("driver_shifts"."ended_at" is null) = ("driver_shifts"."ended_reason" is null) and ("driver_shifts"."ended_at" is null or "driver_shifts"."ended_at" >= "driver_shifts"."started_at"))
);
--> statement-breakpoint
CREATE TABLE "transfer_reversals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transfer_id" uuid NOT NULL,
	"refund_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"driver_id" uuid NOT NULL,
	"stripe_reversal_id" text,
	"amount_cents" integer NOT NULL,
	"currency" char(3) DEFAULT 'usd' NOT NULL,
	"status" "transfer_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfer_reversals_amount_cents_check" CHECK ("transfer_reversals"."amount_cents" > 0),
	CONSTRAINT "transfer_reversals_currency_check" CHECK ("transfer_reversals"."currency" ~ '^[a-z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "refunds" ADD COLUMN "driver_at_fault" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "driver_shifts" ADD CONSTRAINT "driver_shifts_driver_id_drivers_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_reversals" ADD CONSTRAINT "transfer_reversals_transfer_id_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."transfers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_reversals" ADD CONSTRAINT "transfer_reversals_refund_id_refunds_id_fk" FOREIGN KEY ("refund_id") REFERENCES "public"."refunds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_reversals" ADD CONSTRAINT "transfer_reversals_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_reversals" ADD CONSTRAINT "transfer_reversals_driver_id_drivers_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."drivers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "driver_shifts_driver_id_idx" ON "driver_shifts" USING btree ("driver_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "driver_shifts_open_key" ON "driver_shifts" USING btree ("driver_id") WHERE "driver_shifts"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_reversals_refund_id_key" ON "transfer_reversals" USING btree ("refund_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_reversals_stripe_reversal_id_key" ON "transfer_reversals" USING btree ("stripe_reversal_id");--> statement-breakpoint
CREATE INDEX "transfer_reversals_transfer_id_idx" ON "transfer_reversals" USING btree ("transfer_id");--> statement-breakpoint
CREATE INDEX "transfer_reversals_order_id_idx" ON "transfer_reversals" USING btree ("order_id");--> statement-breakpoint
INSERT INTO "driver_shifts" ("driver_id", "started_at") SELECT "id", coalesce("shift_changed_at", now()) FROM "drivers" WHERE "status" in ('online', 'busy');
