/** Relations for Drizzle's relational query API (`db.query.orders.findFirst({ with })`). */
import { relations } from 'drizzle-orm';
import { adminActions } from './admin.ts';
import { chefDocuments, chefOpeningHours, chefs } from './chefs.ts';
import { deliveryOffers, driverAssignments, driverLocations } from './dispatch.ts';
import { driverDocuments, drivers } from './drivers.ts';
import { itemOptionGroups, itemOptions, menuItems, menus } from './menus.ts';
import { orderItemOptions, orderItems, orderStatusHistory, orders, reviews } from './orders.ts';
import { ledgerEntries, payments, refunds, transfers } from './payments.ts';
import { addresses, refreshTokens, users } from './users.ts';

export const usersRelations = relations(users, ({ one, many }) => ({
  chef: one(chefs),
  driver: one(drivers),
  addresses: many(addresses),
  refreshTokens: many(refreshTokens),
  orders: many(orders),
}));

export const refreshTokensRelations = relations(refreshTokens, ({ one }) => ({
  user: one(users, { fields: [refreshTokens.userId], references: [users.id] }),
}));

export const addressesRelations = relations(addresses, ({ one }) => ({
  user: one(users, { fields: [addresses.userId], references: [users.id] }),
}));

export const chefsRelations = relations(chefs, ({ one, many }) => ({
  user: one(users, { fields: [chefs.userId], references: [users.id] }),
  documents: many(chefDocuments),
  openingHours: many(chefOpeningHours),
  menus: many(menus),
  menuItems: many(menuItems),
  orders: many(orders),
  reviews: many(reviews),
}));

export const chefDocumentsRelations = relations(chefDocuments, ({ one }) => ({
  chef: one(chefs, { fields: [chefDocuments.chefId], references: [chefs.id] }),
}));

export const chefOpeningHoursRelations = relations(chefOpeningHours, ({ one }) => ({
  chef: one(chefs, { fields: [chefOpeningHours.chefId], references: [chefs.id] }),
}));

export const menusRelations = relations(menus, ({ one, many }) => ({
  chef: one(chefs, { fields: [menus.chefId], references: [chefs.id] }),
  items: many(menuItems),
}));

export const menuItemsRelations = relations(menuItems, ({ one, many }) => ({
  menu: one(menus, { fields: [menuItems.menuId], references: [menus.id] }),
  chef: one(chefs, { fields: [menuItems.chefId], references: [chefs.id] }),
  optionGroups: many(itemOptionGroups),
}));

export const itemOptionGroupsRelations = relations(itemOptionGroups, ({ one, many }) => ({
  item: one(menuItems, { fields: [itemOptionGroups.itemId], references: [menuItems.id] }),
  options: many(itemOptions),
}));

export const itemOptionsRelations = relations(itemOptions, ({ one }) => ({
  group: one(itemOptionGroups, {
    fields: [itemOptions.groupId],
    references: [itemOptionGroups.id],
  }),
}));

export const ordersRelations = relations(orders, ({ one, many }) => ({
  customer: one(users, { fields: [orders.customerId], references: [users.id] }),
  chef: one(chefs, { fields: [orders.chefId], references: [chefs.id] }),
  driver: one(drivers, { fields: [orders.driverId], references: [drivers.id] }),
  items: many(orderItems),
  statusHistory: many(orderStatusHistory),
  payment: one(payments),
  refunds: many(refunds),
  transfer: one(transfers),
  review: one(reviews),
  ledgerEntries: many(ledgerEntries),
  offers: many(deliveryOffers),
  assignments: many(driverAssignments),
}));

export const orderItemsRelations = relations(orderItems, ({ one, many }) => ({
  order: one(orders, { fields: [orderItems.orderId], references: [orders.id] }),
  menuItem: one(menuItems, { fields: [orderItems.menuItemId], references: [menuItems.id] }),
  options: many(orderItemOptions),
}));

export const orderItemOptionsRelations = relations(orderItemOptions, ({ one }) => ({
  orderItem: one(orderItems, {
    fields: [orderItemOptions.orderItemId],
    references: [orderItems.id],
  }),
  option: one(itemOptions, { fields: [orderItemOptions.optionId], references: [itemOptions.id] }),
}));

export const orderStatusHistoryRelations = relations(orderStatusHistory, ({ one }) => ({
  order: one(orders, { fields: [orderStatusHistory.orderId], references: [orders.id] }),
  actor: one(users, { fields: [orderStatusHistory.actorUserId], references: [users.id] }),
}));

export const reviewsRelations = relations(reviews, ({ one }) => ({
  order: one(orders, { fields: [reviews.orderId], references: [orders.id] }),
  customer: one(users, { fields: [reviews.customerId], references: [users.id] }),
  chef: one(chefs, { fields: [reviews.chefId], references: [chefs.id] }),
  driver: one(drivers, { fields: [reviews.driverId], references: [drivers.id] }),
}));

export const paymentsRelations = relations(payments, ({ one, many }) => ({
  order: one(orders, { fields: [payments.orderId], references: [orders.id] }),
  refunds: many(refunds),
}));

export const refundsRelations = relations(refunds, ({ one }) => ({
  payment: one(payments, { fields: [refunds.paymentId], references: [payments.id] }),
  order: one(orders, { fields: [refunds.orderId], references: [orders.id] }),
}));

export const transfersRelations = relations(transfers, ({ one }) => ({
  order: one(orders, { fields: [transfers.orderId], references: [orders.id] }),
  driver: one(drivers, { fields: [transfers.driverId], references: [drivers.id] }),
}));

export const ledgerEntriesRelations = relations(ledgerEntries, ({ one }) => ({
  order: one(orders, { fields: [ledgerEntries.orderId], references: [orders.id] }),
}));

export const driversRelations = relations(drivers, ({ one, many }) => ({
  user: one(users, { fields: [drivers.userId], references: [users.id] }),
  locations: many(driverLocations),
  offers: many(deliveryOffers),
  assignments: many(driverAssignments),
  orders: many(orders),
  documents: many(driverDocuments),
}));

export const driverDocumentsRelations = relations(driverDocuments, ({ one }) => ({
  driver: one(drivers, { fields: [driverDocuments.driverId], references: [drivers.id] }),
}));

export const driverLocationsRelations = relations(driverLocations, ({ one }) => ({
  driver: one(drivers, { fields: [driverLocations.driverId], references: [drivers.id] }),
  order: one(orders, { fields: [driverLocations.orderId], references: [orders.id] }),
}));

export const deliveryOffersRelations = relations(deliveryOffers, ({ one }) => ({
  order: one(orders, { fields: [deliveryOffers.orderId], references: [orders.id] }),
  driver: one(drivers, { fields: [deliveryOffers.driverId], references: [drivers.id] }),
}));

export const driverAssignmentsRelations = relations(driverAssignments, ({ one }) => ({
  order: one(orders, { fields: [driverAssignments.orderId], references: [orders.id] }),
  driver: one(drivers, { fields: [driverAssignments.driverId], references: [drivers.id] }),
  offer: one(deliveryOffers, {
    fields: [driverAssignments.offerId],
    references: [deliveryOffers.id],
  }),
}));

export const adminActionsRelations = relations(adminActions, ({ one }) => ({
  admin: one(users, { fields: [adminActions.adminUserId], references: [users.id] }),
}));
