CREATE TYPE "public"."driver_verification_status" AS ENUM('draft', 'submitted', 'approved', 'rejected', 'suspended');--> statement-breakpoint
ALTER TABLE "drivers" ADD COLUMN "verification_status" "driver_verification_status" DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "drivers" ADD COLUMN "rejection_reason" text;--> statement-breakpoint
ALTER TABLE "drivers" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "drivers" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "drivers_verification_status_idx" ON "drivers" USING btree ("verification_status","submitted_at");--> statement-breakpoint
ALTER TABLE "drivers" ADD CONSTRAINT "drivers_rejection_reason_check" CHECK ("drivers"."verification_status" <> 'rejected' or "drivers"."rejection_reason" is not null);