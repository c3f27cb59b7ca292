ALTER TABLE "chefs" ADD COLUMN "stripe_synced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "drivers" ADD COLUMN "stripe_synced_at" timestamp with time zone;