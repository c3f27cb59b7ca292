ALTER TABLE "orders" ADD COLUMN "request_hash" text NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "service_date" date NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "estimated_ready_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "status_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "stripe_checkout_session_id" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "checkout_url" text;--> statement-breakpoint
CREATE INDEX "orders_chef_id_service_date_idx" ON "orders" USING btree ("chef_id","service_date");--> statement-breakpoint
CREATE INDEX "orders_status_changed_at_idx" ON "orders" USING btree ("status","status_changed_at");--> statement-breakpoint
CREATE INDEX "orders_placed_at_idx" ON "orders" USING btree ("placed_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_stripe_checkout_session_id_key" ON "orders" USING btree ("stripe_checkout_session_id");