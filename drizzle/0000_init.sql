CREATE TYPE "public"."user_role" AS ENUM('customer', 'chef', 'driver', 'admin');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('active', 'suspended', 'deleted');--> statement-breakpoint
CREATE TYPE "public"."chef_document_kind" AS ENUM('food_safety_certificate', 'permit', 'insurance', 'other');--> statement-breakpoint
CREATE TYPE "public"."chef_document_status" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."chef_verification_status" AS ENUM('draft', 'submitted', 'approved', 'rejected', 'suspended');--> statement-breakpoint
CREATE TYPE "public"."driver_status" AS ENUM('offline', 'online', 'busy', 'suspended');--> statement-breakpoint
CREATE TYPE "public"."vehicle_type" AS ENUM('bicycle', 'scooter', 'motorcycle', 'car');--> statement-breakpoint
CREATE TYPE "public"."actor_role" AS ENUM('customer', 'chef', 'driver', 'admin', 'system', 'stripe');--> statement-breakpoint
CREATE TYPE "public"."order_status" AS ENUM('pending', 'payment_confirmed', 'accepted', 'rejected', 'preparing', 'ready_for_pickup', 'assigned_to_driver', 'picked_up', 'in_transit', 'delivered', 'cancelled', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."delivery_offer_status" AS ENUM('pending', 'accepted', 'declined', 'expired', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."ledger_account" AS ENUM('customer_charge', 'chef_share', 'driver_share', 'platform_fee', 'refund');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('requires_payment_method', 'requires_confirmation', 'processing', 'succeeded', 'canceled', 'failed');--> statement-breakpoint
CREATE TYPE "public"."refund_status" AS ENUM('pending', 'succeeded', 'failed', 'canceled');--> statement-breakpoint
CREATE TYPE "public"."transfer_status" AS ENUM('pending', 'paid', 'failed', 'reversed');--> statement-breakpoint
CREATE TABLE "addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"label" text,
	"line1" text NOT NULL,
	"line2" text,
	"city" text NOT NULL,
	"postal_code" text NOT NULL,
	"country" char(2) DEFAULT 'US' NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"instructions" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "addresses_lat_check" CHECK ("addresses"."lat" between -90 and 90),
	CONSTRAINT "addresses_lng_check" CHECK ("addresses"."lng" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "refresh_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"parent_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"rotated_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"user_agent" text,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"role" "user_role" DEFAULT 'customer' NOT NULL,
	"status" "user_status" DEFAULT 'active' NOT NULL,
	"suspended_reason" text,
	"token_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_normalised_check" CHECK ("users"."email" = lower(btrim("users"."email")) and "users"."email" like '%_@_%'),
	CONSTRAINT "users_name_check" CHECK (length(btrim("users"."name")) > 0),
	CONSTRAINT "users_suspended_reason_check" CHECK ("users"."status" <> 'suspended' or "users"."suspended_reason" is not null),
	CONSTRAINT "users_token_version_check" CHECK ("users"."token_version" >= 0)
);
--> statement-breakpoint
CREATE TABLE "chef_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chef_id" uuid NOT NULL,
	"kind" "chef_document_kind" NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"storage_key" text NOT NULL,
	"sha256" char(64) NOT NULL,
	"status" "chef_document_status" DEFAULT 'pending' NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chef_documents_size_bytes_check" CHECK ("chef_documents"."size_bytes" > 0 and "chef_documents"."size_bytes" <= 10485760),
	CONSTRAINT "chef_documents_sha256_check" CHECK ("chef_documents"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "chef_opening_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chef_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	CONSTRAINT "chef_opening_hours_weekday_check" CHECK ("chef_opening_hours"."weekday" between 0 and 6),
	CONSTRAINT "chef_opening_hours_window_check" CHECK ("chef_opening_hours"."opens_at" <> "chef_opening_hours"."closes_at")
);
--> statement-breakpoint
CREATE TABLE "chefs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"business_name" text NOT NULL,
	"bio" text,
	"cuisines" text[] DEFAULT '{}'::text[] NOT NULL,
	"phone" text,
	"kitchen_line1" text,
	"kitchen_line2" text,
	"kitchen_city" text,
	"kitchen_postal_code" text,
	"kitchen_country" char(2) DEFAULT 'US' NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"delivery_radius_m" integer DEFAULT 5000 NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"is_paused" boolean DEFAULT false NOT NULL,
	"lead_time_minutes" integer DEFAULT 30 NOT NULL,
	"verification_status" "chef_verification_status" DEFAULT 'draft' NOT NULL,
	"rejection_reason" text,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"stripe_account_id" text,
	"stripe_charges_enabled" boolean DEFAULT false NOT NULL,
	"stripe_payouts_enabled" boolean DEFAULT false NOT NULL,
	"stripe_details_submitted" boolean DEFAULT false NOT NULL,
	"permit_type" text,
	"permit_number" text,
	"permit_expires_on" date,
	"max_meals_per_day" integer,
	"max_meals_per_week" integer,
	"rating_avg" real DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chefs_delivery_radius_check" CHECK ("chefs"."delivery_radius_m" > 0 and "chefs"."delivery_radius_m" <= 50000),
	CONSTRAINT "chefs_lead_time_check" CHECK ("chefs"."lead_time_minutes" >= 0),
	CONSTRAINT "chefs_max_meals_per_day_check" CHECK ("chefs"."max_meals_per_day" > 0),
	CONSTRAINT "chefs_max_meals_per_week_check" CHECK ("chefs"."max_meals_per_week" > 0),
	CONSTRAINT "chefs_max_meals_day_le_week_check" CHECK ("chefs"."max_meals_per_day" is null or "chefs"."max_meals_per_week" is null or "chefs"."max_meals_per_day" <= "chefs"."max_meals_per_week"),
	CONSTRAINT "chefs_rating_avg_check" CHECK ("chefs"."rating_avg" between 0 and 5),
	CONSTRAINT "chefs_rating_count_check" CHECK ("chefs"."rating_count" >= 0),
	CONSTRAINT "chefs_business_name_check" CHECK (length(btrim("chefs"."business_name")) > 0),
	CONSTRAINT "chefs_rejection_reason_check" CHECK ("chefs"."verification_status" <> 'rejected' or "chefs"."rejection_reason" is not null),
	CONSTRAINT "chefs_location_required_check" CHECK ("chefs"."verification_status" = 'draft' or ("chefs"."lat" is not null and "chefs"."lng" is not null)),
	CONSTRAINT "chefs_lat_check" CHECK ("chefs"."lat" between -90 and 90),
	CONSTRAINT "chefs_lng_check" CHECK ("chefs"."lng" between -180 and 180),
	CONSTRAINT "chefs_lat_lng_pair_check" CHECK (("chefs"."lat" is null) = ("chefs"."lng" is null))
);
--> statement-breakpoint
CREATE TABLE "item_option_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"name" text NOT NULL,
	"min_choices" integer DEFAULT 0 NOT NULL,
	"max_choices" integer DEFAULT 1 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "item_option_groups_choices_check" CHECK ("item_option_groups"."min_choices" >= 0 and "item_option_groups"."min_choices" <= "item_option_groups"."max_choices" and "item_option_groups"."max_choices" >= 1)
);
--> statement-breakpoint
CREATE TABLE "item_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"name" text NOT NULL,
	"price_delta_cents" integer DEFAULT 0 NOT NULL,
	"is_available" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "item_options_price_delta_cents_check" CHECK ("item_options"."price_delta_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "menu_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"menu_id" uuid NOT NULL,
	"chef_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"price_cents" integer NOT NULL,
	"currency" char(3) DEFAULT 'usd' NOT NULL,
	"photo_url" text,
	"dietary_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"allergens" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_available" boolean DEFAULT true NOT NULL,
	"daily_quantity" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "menu_items_price_cents_check" CHECK ("menu_items"."price_cents" >= 0),
	CONSTRAINT "menu_items_daily_quantity_check" CHECK ("menu_items"."daily_quantity" > 0),
	CONSTRAINT "menu_items_name_check" CHECK (length(btrim("menu_items"."name")) > 0),
	CONSTRAINT "menu_items_dietary_tags_check" CHECK ("menu_items"."dietary_tags" <@ ARRAY['vegetarian', 'vegan', 'pescatarian', 'halal', 'kosher', 'gluten_free', 'dairy_free', 'nut_free', 'egg_free', 'low_carb', 'spicy']::text[]),
	CONSTRAINT "menu_items_allergens_check" CHECK ("menu_items"."allergens" <@ ARRAY['celery', 'cereals_containing_gluten', 'crustaceans', 'eggs', 'fish', 'lupin', 'milk', 'molluscs', 'mustard', 'tree_nuts', 'peanuts', 'sesame', 'soybeans', 'sulphites']::text[]),
	CONSTRAINT "menu_items_currency_check" CHECK ("menu_items"."currency" ~ '^[a-z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "menus" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chef_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"position" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "menus_id_chef_id_key" UNIQUE("id","chef_id")
);
--> statement-breakpoint
CREATE TABLE "drivers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"vehicle_type" "vehicle_type" NOT NULL,
	"vehicle_plate" text,
	"status" "driver_status" DEFAULT 'offline' NOT NULL,
	"stripe_account_id" text,
	"stripe_payouts_enabled" boolean DEFAULT false NOT NULL,
	"last_lat" double precision,
	"last_lng" double precision,
	"last_seen_at" timestamp with time zone,
	"rating_avg" real DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drivers_rating_avg_check" CHECK ("drivers"."rating_avg" between 0 and 5),
	CONSTRAINT "drivers_rating_count_check" CHECK ("drivers"."rating_count" >= 0),
	CONSTRAINT "drivers_last_lat_check" CHECK ("drivers"."last_lat" between -90 and 90),
	CONSTRAINT "drivers_last_lng_check" CHECK ("drivers"."last_lng" between -180 and 180),
	CONSTRAINT "drivers_last_lat_lng_pair_check" CHECK (("drivers"."last_lat" is null) = ("drivers"."last_lng" is null))
);
--> statement-breakpoint
CREATE TABLE "order_item_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_item_id" uuid NOT NULL,
	"option_id" uuid NOT NULL,
	"group_name" text NOT NULL,
	"option_name" text NOT NULL,
	"price_delta_cents" integer NOT NULL,
	CONSTRAINT "order_item_options_price_delta_cents_check" CHECK ("order_item_options"."price_delta_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "order_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"menu_item_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit_price_cents" integer NOT NULL,
	"quantity" integer NOT NULL,
	"line_total_cents" integer NOT NULL,
	"notes" text,
	CONSTRAINT "order_items_unit_price_cents_check" CHECK ("order_items"."unit_price_cents" >= 0),
	CONSTRAINT "order_items_quantity_check" CHECK ("order_items"."quantity" > 0),
	CONSTRAINT "order_items_line_total_cents_check" CHECK ("order_items"."line_total_cents" >= "order_items"."unit_price_cents" * "order_items"."quantity")
);
--> statement-breakpoint
CREATE TABLE "order_status_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "order_status_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"order_id" uuid NOT NULL,
	"from_status" "order_status",
	"to_status" "order_status" NOT NULL,
	"actor_user_id" uuid,
	"actor_role" "actor_role" NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"chef_id" uuid NOT NULL,
	"driver_id" uuid,
	"status" "order_status" DEFAULT 'pending' NOT NULL,
	"delivery_address_id" uuid,
	"delivery_line1" text NOT NULL,
	"delivery_line2" text,
	"delivery_city" text NOT NULL,
	"delivery_postal_code" text NOT NULL,
	"delivery_country" char(2) DEFAULT 'US' NOT NULL,
	"delivery_instructions" text,
	"delivery_lat" double precision NOT NULL,
	"delivery_lng" double precision NOT NULL,
	"subtotal_cents" integer NOT NULL,
	"delivery_fee_cents" integer DEFAULT 0 NOT NULL,
	"tip_cents" integer DEFAULT 0 NOT NULL,
	"platform_fee_cents" integer DEFAULT 0 NOT NULL,
	"total_cents" integer NOT NULL,
	"currency" char(3) DEFAULT 'usd' NOT NULL,
	"notes" text,
	"idempotency_key" text NOT NULL,
	"scheduled_for" timestamp with time zone,
	"placed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "orders_subtotal_cents_check" CHECK ("orders"."subtotal_cents" >= 0),
	CONSTRAINT "orders_delivery_fee_cents_check" CHECK ("orders"."delivery_fee_cents" >= 0),
	CONSTRAINT "orders_tip_cents_check" CHECK ("orders"."tip_cents" >= 0),
	CONSTRAINT "orders_platform_fee_cents_check" CHECK ("orders"."platform_fee_cents" >= 0 and "orders"."platform_fee_cents" <= "orders"."subtotal_cents"),
	CONSTRAINT "orders_total_cents_check" CHECK ("orders"."total_cents" >= 0),
	CONSTRAINT "orders_total_is_sum_check" CHECK ("orders"."total_cents" = "orders"."subtotal_cents" + "orders"."delivery_fee_cents" + "orders"."tip_cents"),
	CONSTRAINT "orders_version_check" CHECK ("orders"."version" >= 0),
	CONSTRAINT "orders_currency_check" CHECK ("orders"."currency" ~ '^[a-z]{3}$'),
	CONSTRAINT "orders_delivery_lat_check" CHECK ("orders"."delivery_lat" between -90 and 90),
	CONSTRAINT "orders_delivery_lng_check" CHECK ("orders"."delivery_lng" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"chef_id" uuid NOT NULL,
	"driver_id" uuid,
	"chef_rating" smallint NOT NULL,
	"driver_rating" smallint,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviews_chef_rating_check" CHECK ("reviews"."chef_rating" between 1 and 5),
	CONSTRAINT "reviews_driver_rating_check" CHECK ("reviews"."driver_rating" between 1 and 5),
	CONSTRAINT "reviews_driver_rating_needs_driver_check" CHECK ("reviews"."driver_rating" is null or "reviews"."driver_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "delivery_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"driver_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"status" "delivery_offer_status" DEFAULT 'pending' NOT NULL,
	"cost" real,
	"expires_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_offers_round_check" CHECK ("delivery_offers"."round" >= 1)
);
--> statement-breakpoint
CREATE TABLE "driver_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"driver_id" uuid NOT NULL,
	"offer_id" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"picked_up_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	CONSTRAINT "driver_assignments_delivered_after_pickup_check" CHECK ("driver_assignments"."delivered_at" is null or "driver_assignments"."picked_up_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "driver_locations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "driver_locations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"driver_id" uuid NOT NULL,
	"order_id" uuid,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"heading" real,
	"speed_mps" real,
	"accuracy_m" real,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "driver_locations_heading_check" CHECK ("driver_locations"."heading" >= 0 and "driver_locations"."heading" < 360),
	CONSTRAINT "driver_locations_speed_mps_check" CHECK ("driver_locations"."speed_mps" >= 0),
	CONSTRAINT "driver_locations_accuracy_m_check" CHECK ("driver_locations"."accuracy_m" >= 0),
	CONSTRAINT "driver_locations_lat_check" CHECK ("driver_locations"."lat" between -90 and 90),
	CONSTRAINT "driver_locations_lng_check" CHECK ("driver_locations"."lng" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"order_id" uuid,
	"entry_group" uuid NOT NULL,
	"account" "ledger_account" NOT NULL,
	"amount_cents" integer NOT NULL,
	"currency" char(3) DEFAULT 'usd' NOT NULL,
	"chef_id" uuid,
	"driver_id" uuid,
	"stripe_object_id" text,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_chef_share_party_check" CHECK ("ledger_entries"."account" <> 'chef_share' or "ledger_entries"."chef_id" is not null),
	CONSTRAINT "ledger_entries_driver_share_party_check" CHECK ("ledger_entries"."account" <> 'driver_share' or "ledger_entries"."driver_id" is not null),
	CONSTRAINT "ledger_entries_currency_check" CHECK ("ledger_entries"."currency" ~ '^[a-z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"stripe_payment_intent_id" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"application_fee_cents" integer NOT NULL,
	"currency" char(3) DEFAULT 'usd' NOT NULL,
	"status" "payment_status" DEFAULT 'requires_payment_method' NOT NULL,
	"destination_account_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_amount_cents_check" CHECK ("payments"."amount_cents" >= 0),
	CONSTRAINT "payments_application_fee_cents_check" CHECK ("payments"."application_fee_cents" >= 0 and "payments"."application_fee_cents" <= "payments"."amount_cents"),
	CONSTRAINT "payments_currency_check" CHECK ("payments"."currency" ~ '^[a-z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"stripe_refund_id" text,
	"amount_cents" integer NOT NULL,
	"currency" char(3) DEFAULT 'usd' NOT NULL,
	"reason" text,
	"status" "refund_status" DEFAULT 'pending' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refunds_amount_cents_check" CHECK ("refunds"."amount_cents" > 0),
	CONSTRAINT "refunds_currency_check" CHECK ("refunds"."currency" ~ '^[a-z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"error" text,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"driver_id" uuid NOT NULL,
	"stripe_transfer_id" text,
	"destination_account_id" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"currency" char(3) DEFAULT 'usd' NOT NULL,
	"status" "transfer_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transfers_amount_cents_check" CHECK ("transfers"."amount_cents" > 0),
	CONSTRAINT "transfers_currency_check" CHECK ("transfers"."currency" ~ '^[a-z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "admin_actions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "admin_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"admin_user_id" uuid NOT NULL,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"reason" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_parent_id_refresh_tokens_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."refresh_tokens"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chef_documents" ADD CONSTRAINT "chef_documents_chef_id_chefs_id_fk" FOREIGN KEY ("chef_id") REFERENCES "public"."chefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chef_opening_hours" ADD CONSTRAINT "chef_opening_hours_chef_id_chefs_id_fk" FOREIGN KEY ("chef_id") REFERENCES "public"."chefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chefs" ADD CONSTRAINT "chefs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_option_groups" ADD CONSTRAINT "item_option_groups_item_id_menu_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."menu_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_options" ADD CONSTRAINT "item_options_group_id_item_option_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."item_option_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_chef_id_chefs_id_fk" FOREIGN KEY ("chef_id") REFERENCES "public"."chefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_menu_id_chef_id_fk" FOREIGN KEY ("menu_id","chef_id") REFERENCES "public"."menus"("id","chef_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "menus" ADD CONSTRAINT "menus_chef_id_chefs_id_fk" FOREIGN KEY ("chef_id") REFERENCES "public"."chefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drivers" ADD CONSTRAINT "drivers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_item_options" ADD CONSTRAINT "order_item_options_order_item_id_order_items_id_fk" FOREIGN KEY ("order_item_id") REFERENCES "public"."order_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_item_options" ADD CONSTRAINT "order_item_options_option_id_item_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."item_options"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_menu_item_id_menu_items_id_fk" FOREIGN KEY ("menu_item_id") REFERENCES "public"."menu_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_history" ADD CONSTRAINT "order_status_history_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_status_history" ADD CONSTRAINT "order_status_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_chef_id_chefs_id_fk" FOREIGN KEY ("chef_id") REFERENCES "public"."chefs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_driver_id_drivers_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."drivers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_delivery_address_id_addresses_id_fk" FOREIGN KEY ("delivery_address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_customer_id_users_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_chef_id_chefs_id_fk" FOREIGN KEY ("chef_id") REFERENCES "public"."chefs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_driver_id_drivers_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."drivers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_offers" ADD CONSTRAINT "delivery_offers_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_offers" ADD CONSTRAINT "delivery_offers_driver_id_drivers_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."drivers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driver_assignments" ADD CONSTRAINT "driver_assignments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driver_assignments" ADD CONSTRAINT "driver_assignments_driver_id_drivers_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."drivers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driver_assignments" ADD CONSTRAINT "driver_assignments_offer_id_delivery_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."delivery_offers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driver_locations" ADD CONSTRAINT "driver_locations_driver_id_drivers_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."drivers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driver_locations" ADD CONSTRAINT "driver_locations_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_chef_id_chefs_id_fk" FOREIGN KEY ("chef_id") REFERENCES "public"."chefs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_driver_id_drivers_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."drivers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_driver_id_drivers_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."drivers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_admin_user_id_users_id_fk" FOREIGN KEY ("admin_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "addresses_user_id_idx" ON "addresses" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "addresses_one_default_per_user_idx" ON "addresses" USING btree ("user_id") WHERE "addresses"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "refresh_tokens_user_id_idx" ON "refresh_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_role_created_at_idx" ON "users" USING btree ("role","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "chef_documents_chef_id_idx" ON "chef_documents" USING btree ("chef_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chef_documents_storage_key_key" ON "chef_documents" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "chef_opening_hours_chef_id_idx" ON "chef_opening_hours" USING btree ("chef_id","weekday");--> statement-breakpoint
CREATE UNIQUE INDEX "chefs_user_id_key" ON "chefs" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chefs_stripe_account_id_key" ON "chefs" USING btree ("stripe_account_id");--> statement-breakpoint
CREATE INDEX "chefs_discovery_idx" ON "chefs" USING btree ("verification_status","is_paused");--> statement-breakpoint
CREATE INDEX "chefs_location_idx" ON "chefs" USING btree ("lat","lng");--> statement-breakpoint
CREATE INDEX "chefs_cuisines_idx" ON "chefs" USING gin ("cuisines");--> statement-breakpoint
CREATE INDEX "item_option_groups_item_id_idx" ON "item_option_groups" USING btree ("item_id","position");--> statement-breakpoint
CREATE INDEX "item_options_group_id_idx" ON "item_options" USING btree ("group_id","position");--> statement-breakpoint
CREATE INDEX "menu_items_menu_id_idx" ON "menu_items" USING btree ("menu_id","position");--> statement-breakpoint
CREATE INDEX "menu_items_chef_id_idx" ON "menu_items" USING btree ("chef_id");--> statement-breakpoint
CREATE INDEX "menu_items_dietary_tags_idx" ON "menu_items" USING gin ("dietary_tags");--> statement-breakpoint
CREATE INDEX "menu_items_lower_name_idx" ON "menu_items" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "menus_chef_id_idx" ON "menus" USING btree ("chef_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "drivers_user_id_key" ON "drivers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "drivers_stripe_account_id_key" ON "drivers" USING btree ("stripe_account_id");--> statement-breakpoint
CREATE INDEX "drivers_status_idx" ON "drivers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "order_item_options_order_item_id_idx" ON "order_item_options" USING btree ("order_item_id");--> statement-breakpoint
CREATE INDEX "order_item_options_option_id_idx" ON "order_item_options" USING btree ("option_id");--> statement-breakpoint
CREATE INDEX "order_items_order_id_idx" ON "order_items" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_items_menu_item_id_idx" ON "order_items" USING btree ("menu_item_id");--> statement-breakpoint
CREATE INDEX "order_status_history_order_id_idx" ON "order_status_history" USING btree ("order_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_customer_idempotency_key" ON "orders" USING btree ("customer_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "orders_customer_id_created_at_idx" ON "orders" USING btree ("customer_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_chef_id_status_idx" ON "orders" USING btree ("chef_id","status");--> statement-breakpoint
CREATE INDEX "orders_status_idx" ON "orders" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "orders_driver_id_idx" ON "orders" USING btree ("driver_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_order_id_key" ON "reviews" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "reviews_chef_id_created_at_idx" ON "reviews" USING btree ("chef_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "reviews_driver_id_idx" ON "reviews" USING btree ("driver_id");--> statement-breakpoint
CREATE INDEX "reviews_customer_id_idx" ON "reviews" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "delivery_offers_status_expires_at_idx" ON "delivery_offers" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "delivery_offers_driver_id_status_idx" ON "delivery_offers" USING btree ("driver_id","status");--> statement-breakpoint
CREATE INDEX "delivery_offers_order_id_idx" ON "delivery_offers" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "delivery_offers_one_pending_per_order_driver_idx" ON "delivery_offers" USING btree ("order_id","driver_id") WHERE "delivery_offers"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "driver_assignments_one_active_per_order_idx" ON "driver_assignments" USING btree ("order_id") WHERE "driver_assignments"."cancelled_at" is null;--> statement-breakpoint
CREATE INDEX "driver_assignments_driver_id_idx" ON "driver_assignments" USING btree ("driver_id","assigned_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE UNIQUE INDEX "driver_assignments_offer_id_key" ON "driver_assignments" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "driver_locations_driver_id_recorded_at_idx" ON "driver_locations" USING btree ("driver_id","recorded_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "driver_locations_order_id_idx" ON "driver_locations" USING btree ("order_id","id");--> statement-breakpoint
CREATE INDEX "ledger_entries_order_id_idx" ON "ledger_entries" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_entry_group_idx" ON "ledger_entries" USING btree ("entry_group");--> statement-breakpoint
CREATE INDEX "ledger_entries_chef_id_idx" ON "ledger_entries" USING btree ("chef_id","created_at") WHERE "ledger_entries"."chef_id" is not null;--> statement-breakpoint
CREATE INDEX "ledger_entries_driver_id_idx" ON "ledger_entries" USING btree ("driver_id","created_at") WHERE "ledger_entries"."driver_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "payments_order_id_key" ON "payments" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_stripe_payment_intent_id_key" ON "payments" USING btree ("stripe_payment_intent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "refunds_stripe_refund_id_key" ON "refunds" USING btree ("stripe_refund_id");--> statement-breakpoint
CREATE INDEX "refunds_payment_id_idx" ON "refunds" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "refunds_order_id_idx" ON "refunds" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "stripe_events_type_idx" ON "stripe_events" USING btree ("type");--> statement-breakpoint
CREATE INDEX "stripe_events_unprocessed_idx" ON "stripe_events" USING btree ("received_at") WHERE "stripe_events"."processed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "transfers_order_id_key" ON "transfers" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transfers_stripe_transfer_id_key" ON "transfers" USING btree ("stripe_transfer_id");--> statement-breakpoint
CREATE INDEX "transfers_driver_id_idx" ON "transfers" USING btree ("driver_id");--> statement-breakpoint
CREATE INDEX "outbox_topic_id_idx" ON "outbox" USING btree ("topic","id");--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "outbox" USING btree ("id") WHERE "outbox"."published_at" is null;--> statement-breakpoint
CREATE INDEX "admin_actions_created_at_idx" ON "admin_actions" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "admin_actions_target_idx" ON "admin_actions" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "admin_actions_admin_user_id_idx" ON "admin_actions" USING btree ("admin_user_id");